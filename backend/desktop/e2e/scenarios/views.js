// Scenario: the Contacts, Follow-ups, Insights and Settings views (issue 3)
// with some data. The data is created through the bound Go methods (the
// same calls the UI makes), then each view is visited and driven: a contact
// is added through its form, a due follow-up is ticked done, the charts
// render, and the theme is switched to dark in Settings for dark
// screenshots of every view. The Go runner then checks the database.
E2E.run(async (t) => {
  const svc = window.go.service;
  const day = (n) => {
    const d = new Date(Date.now() + n * 86400000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  await t.findRole('button', 'Add application', 20000);

  // Data: five applications moved along the pipeline, one rejected, a
  // follow-up date due today, a task due yesterday and a linked contact.
  const stages = await svc.Pipeline.Stages();
  t.assert(stages.length >= 4, `the pipeline has ${stages.length} stages`);
  const made = [];
  const specs = [
    ['Acme Robotics', 'Firmware Engineer', 3, '', -20],
    ['Northwind', 'Backend Developer', 2, 'rejected', -15],
    ['Globex', 'Platform Engineer', 1, '', -10],
    ['Initech', 'Site Reliability Engineer', 2, '', -8],
    ['Umbrella Health', 'Staff Engineer', 0, '', 0],
  ];
  for (const [company, title, moves, outcome, applied] of specs) {
    const a = await svc.Applications.Create({ company, title, stageId: 0, dateApplied: applied ? day(applied) : '', tags: [] });
    for (let i = 1; i <= moves; i++) await svc.Applications.Move(a.id, stages[i].id);
    if (outcome) await svc.Applications.SetOutcome(a.id, outcome);
    made.push(a);
  }
  const globex = made[2];
  await svc.Applications.Update({ id: globex.id, fields: ['followUp'], base: { followUp: '' }, set: { followUp: day(0) } });
  await svc.Tasks.Create({ id: 0, applicationId: made[0].id, title: 'Send the portfolio to Acme', due: day(-1), done: false });
  await svc.Tasks.Create({ id: 0, applicationId: 0, title: 'Update the CV headline', due: day(5), done: false });
  const dana = await svc.Contacts.Create({ id: 0, name: 'Dana Scully', role: 'Recruiter', company: 'Acme Robotics', email: 'dana@example.com', applicationIds: [] });
  await svc.Contacts.Link(dana.id, made[0].id);
  t.say('data created through the bound methods');

  const nav = async (name) => {
    const item = await t.waitFor(
      () => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
        .find((el) => t.visible(el) && t.textOf(el).replace(/soon$/, '').trim() === name),
      `navigation item "${name}"`);
    await t.click(item);
    await t.findRole('heading', name);
  };

  // Contacts: the linked contact shows its application; add one through the form.
  await nav('Contacts');
  const danaRow = await t.waitFor(() => t.rowWith('Contacts', 'Dana Scully'), 'the row for Dana Scully');
  await t.waitFor(() => t.textOf(t.rowWith('Contacts', 'Dana Scully')).includes('Acme Robotics, Firmware Engineer'),
    'Dana\'s linked application by name');
  t.assert(t.textOf(danaRow).includes('Recruiter'), 'the row shows the role');
  await t.click('button', 'Add contact');
  await t.type(await t.findLabel('Name'), 'Fox Mulder');
  await t.type(await t.findLabel('Company'), 'Globex');
  await t.type(await t.findLabel('Email'), 'not-an-email');
  await t.click('button', 'Save contact');
  await t.findText('This does not look like an email address');
  t.assert(true, 'a bad email is refused under its field');
  await t.type(await t.findLabel('Email'), 'fox@example.com');
  await t.click('button', 'Save contact');
  await t.waitFor(() => t.rowWith('Contacts', 'Fox Mulder'), 'the new contact in the table');
  const search = await t.findLabel('Search contacts');
  await t.type(search, 'mulder');
  await t.gone(() => t.rowWith('Contacts', 'Dana Scully'), 'Dana for the search "mulder"');
  t.assert(!!t.rowWith('Contacts', 'Fox Mulder'), 'the search keeps Fox Mulder');
  await t.type(search, '');
  await t.waitFor(() => t.rowWith('Contacts', 'Dana Scully'), 'Dana back after clearing the search');
  await t.shot('contacts-light');

  // Follow-ups: the overdue task and today's follow-up date are due; tick the task done.
  await nav('Follow-ups');
  const dueList = await t.findRole('list', 'Due today and overdue');
  await t.waitFor(() => t.textOf(dueList).includes('Send the portfolio to Acme'), 'the overdue task in the due list');
  t.assert(t.textOf(dueList).includes('Follow up: Platform Engineer at Globex'), 'the application follow-up is due');
  t.assert(t.textOf(await t.findRole('list', 'Upcoming')).includes('Update the CV headline'), 'the later task is upcoming');
  await t.shot('followups-light');
  await t.click(await t.findLabel('Mark “Send the portfolio to Acme” done'));
  // (The in-app reminder raised for it stays in the corner; the list must drop it.)
  await t.gone(() => t.textOf(document.querySelector('[aria-label="Due today and overdue"]')).includes('Send the portfolio to Acme'),
    'the ticked task in the due list');
  const open = await svc.Tasks.List(false);
  t.assert(!open.some((x) => x.title === 'Send the portfolio to Acme'), 'the task is done in the database');

  // Insights: numbers and charts with five applications.
  await nav('Insights');
  await t.findRole('figure', 'Funnel');
  await t.waitFor(() => document.querySelector('[aria-label="How applications flowed"] svg path'), 'the Sankey bands');
  await t.waitFor(() => document.querySelector('[aria-label="Funnel"] .recharts-bar-rectangle'), 'the funnel bars');
  const total = await t.waitFor(() => document.querySelector('[aria-label="Applications: 5"]'), 'the total of 5');
  t.assert(!!total, 'Insights counts 5 applications');
  await t.shot('insights-light');

  // Settings: stages, data folder; switch to the dark theme.
  await nav('Settings');
  await t.findLabel('Stage 1 name');
  await t.findText('Data folder');
  await t.shot('settings-light');
  await t.click(await t.findLabel('Dark'));
  await t.waitFor(() => document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark', 'the dark scheme');
  // The scheme changes at once; the save reaches the database just after.
  let prefs = await svc.Settings.Get();
  for (let i = 0; i < 50 && prefs.theme !== 'dark'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    prefs = await svc.Settings.Get();
  }
  t.assert(prefs.theme === 'dark', 'the theme preference is saved as dark');
  await t.shot('settings-dark');
  // Close the in-app reminders and toasts so the dark screenshots show the views.
  for (const b of document.querySelectorAll('.mantine-Notification-closeButton')) b.click();
  for (const [view, name] of [['Contacts', 'contacts'], ['Follow-ups', 'followups'], ['Insights', 'insights']]) {
    await nav(view);
    if (view === 'Insights') await t.waitFor(() => document.querySelector('[aria-label="How applications flowed"] svg path'), 'the Sankey bands');
    if (view === 'Contacts') await t.waitFor(() => t.rowWith('Contacts', 'Fox Mulder'), 'the contacts');
    if (view === 'Follow-ups') await t.findRole('list', 'Upcoming');
    await t.sleep(300); // chart animations
    await t.shot(`${name}-dark`);
  }
});
