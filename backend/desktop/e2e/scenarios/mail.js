// Scenario: status from e-mail (issue 15). The Go runner seeded two Leidos
// applications (a researcher role and a PM role) and Hooli, and wrote
// mail-e2e.mbox from corpus e-mails: Leidos's Workday rejection of the
// researcher role, Leidos's interview request for the PM role, Netflix's
// confirmation of an application not tracked, and a newsletter. The mbox is
// dropped on the Inbox (the native dialog cannot be driven); the report
// says what was kept; the rejection is confirmed as proposed, the interview
// through Edit with a time next week; the outcome, the timeline and the
// agenda change. Screenshots at 1024x700 and 1920x1080, light and dark; the
// Go runner checks the database through the CLI.
E2E.run(async (t) => {
  const svc = window.go.service;
  await t.findRole('button', 'Add application', 20000);
  const info = await svc.Data.Info();

  const nav = async (name) => {
    const item = await t.waitFor(
      () => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
        .find((el) => t.visible(el) && t.textOf(el).replace(/soon$/, '').trim() === name),
      `navigation item "${name}"`);
    await t.click(item);
    await t.findRole('heading', name);
  };
  const scheme = async (s) => {
    document.documentElement.setAttribute('data-mantine-color-scheme', s);
    await t.sleep(250);
  };
  const card = (text) => {
    const list = t.byRole('list', 'Job e-mails to review')[0];
    return list && Array.from(list.querySelectorAll('[role=listitem]')).find((el) => t.textOf(el).includes(text));
  };
  const button = (within, name) => Array.from(within.querySelectorAll('button')).find((b) => t.textOf(b) === name);

  await t.resize(1024, 700);
  await nav('Inbox');
  await t.findText('No job e-mail to review');
  t.assert(t.byText(/Nothing leaves this computer/).length === 1, 'the empty inbox explains privacy');
  await t.shot('mail-empty-1024-light');

  // Drop the mbox on the view.
  window.runtime.EventsEmit('wails:file-drop', 400, 300, [info.dataDir + '/mail-e2e.mbox']);
  const report = await t.findText(/^Read 4 messages/, 30000);
  t.assert(/3 job e-mails to review/.test(t.textOf(report)), 'three job e-mails kept');
  t.assert(/1 not about a job/.test(t.textOf(report)), 'the newsletter passed over');

  const rejection = await t.waitFor(() => card('Rejection from Leidos'), 'the rejection');
  t.assert(t.textOf(rejection).includes('for Full Spectrum Cyber AI Researcher → set outcome Rejected'),
    'the rejection names the researcher role and what confirming does');
  const interview = await t.waitFor(() => card('Interview with Leidos'), 'the interview request');
  t.assert(t.textOf(interview).includes('for Cybersecurity PM → move to Interviewing'), 'the interview names the PM role');
  const netflix = await t.waitFor(() => card('Netflix'), 'the Netflix confirmation');
  t.assert(/add a new application for Netflix/.test(t.textOf(netflix)), 'an untracked application is offered as a new one');
  t.assert(/\d+% sure/.test(t.textOf(rejection)), 'the proposal shows how sure the reading is');
  await t.click(button(rejection, 'Why?'));
  await t.waitFor(() => Array.from(rejection.querySelectorAll('li')).filter(t.visible).length >= 2, 'the reasons');
  await t.sleep(300); // the reasons finish unfolding
  document.querySelector('main, .mantine-AppShell-main').scrollIntoView({ block: 'start' });
  window.scrollTo(0, 0);
  await t.shot('mail-proposals-1024-light');
  await scheme('dark');
  await t.shot('mail-proposals-1024-dark');
  await scheme('light');

  // Confirm the rejection as proposed.
  await t.click(button(card('Rejection from Leidos'), 'Confirm'));
  await t.gone(() => card('Rejection from Leidos'), 'the confirmed rejection');

  // The interview: Edit, another time (next week, 16:00), Confirm.
  await t.click(button(card('Interview with Leidos'), 'Edit…'));
  const form = await t.findRole('dialog', 'Confirm with changes');
  await t.click(await t.findLabel('Another time, or none yet'));
  const day = new Date(Date.now() + 7 * 86400000);
  const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  const dateInput = await t.waitFor(() => t.byLabel('Date', form)[0], 'the date field');
  await t.type(dateInput, iso);
  dateInput.dispatchEvent(new FocusEvent('blur', { bubbles: true }));
  await t.type(await t.waitFor(() => t.byLabel('Time', form)[0], 'the time field'), '16:00');
  await t.shot('mail-edit-1024-light');
  await t.click(button(form, 'Confirm'));
  await t.gone(() => card('Interview with Leidos'), 'the confirmed interview');
  t.assert(card('Netflix'), 'the Netflix confirmation still waits');

  // The outcome and the timeline of the rejected application.
  const apps = await svc.Applications.List({ search: 'Full Spectrum', limit: 5 });
  const researcher = await svc.Applications.Get(apps.items[0].id);
  t.assert(researcher.application.outcome === 'rejected', 'the researcher application is rejected');
  await nav('Applications');
  // The list may first show the page it kept from before the change, then
  // the page read again: wait for the outcome, not only the row.
  const row = await t.waitFor(() => {
    const row = t.rowWith('Applications', 'Full Spectrum Cyber AI Researcher');
    return row && /Rejected/.test(t.textOf(row)) ? row : null;
  }, 'the list showing the researcher row Rejected');
  await t.click(row.querySelector('button'));
  const drawer = await t.waitFor(() => t.byRole('dialog', 'Application')[0], 'the detail drawer');
  await t.click(await t.findRole('tab', /^Timeline/));
  await t.waitFor(() => t.textOf(drawer).includes('E-mail: rejection'), 'the e-mail on the timeline');
  t.assert(/Marked rejected/.test(t.textOf(drawer)), 'the outcome on the timeline');
  await t.sleep(400);
  await t.shot('mail-timeline-1024-light');
  await t.click('button', 'Close application');
  await t.gone(() => t.byRole('dialog', 'Application').length, 'the detail drawer');

  // The agenda lists the interview.
  await nav('Interviews');
  await t.waitFor(() => Array.from(document.querySelectorAll('[data-interview]'))
    .find((el) => t.visible(el) && t.textOf(el).includes('Interview with Leidos')), 'the interview in the agenda');
  await t.shot('mail-agenda-1024-light');

  // The inbox at 1920x1080 in both schemes, with the history open.
  await t.resize(1920, 1080);
  await nav('Inbox');
  await t.waitFor(() => card('Netflix'), 'the remaining proposal');
  await t.click('button', 'Already reviewed');
  await t.waitFor(() => t.byRole('list', 'Job e-mails already reviewed')[0], 'the history');
  await t.sleep(400); // the history finishes unfolding
  t.assert(t.byRole('list', 'Job e-mails already reviewed')[0].querySelectorAll('[role=listitem]').length === 2,
    'two messages reviewed');
  await t.shot('mail-inbox-1920-light');
  await scheme('dark');
  await t.shot('mail-inbox-1920-dark');
});
