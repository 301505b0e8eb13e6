// Scenario: interviews from a calendar (issue 6). The Go runner wrote
// agenda-e2e.ics into the data folder (a technical interview with Acme a
// week ahead with a Meet link, and a lunch). An application "Acme" is
// created and the file imported through the bound methods (the native file
// dialog cannot be driven); the Interviews view shows the proposal with its
// confidence and reasons, it is confirmed, the agenda shows it with the
// join link, and the suggested move to Interviewing is accepted. Screenshots
// in light and dark; the Go runner checks `interviews --json` and
// `app show ID --json` through the CLI.
E2E.run(async (t) => {
  const svc = window.go.service;
  await t.findRole('button', 'Add application', 20000);
  const acme = await svc.Applications.Create({ company: 'Acme', title: 'Go Engineer', stageId: 0, tags: [] });
  const info = await svc.Data.Info();
  const rep = await svc.Calendar.ImportICS(info.dataDir + '/agenda-e2e.ics');
  t.say('import: ' + JSON.stringify(rep));
  t.assert(rep.read === 2 && rep.skipped === 0, 'the file has two events, none skipped');
  t.assert(rep.interviews >= 1 && rep.matched === 1, 'the interview is recognised and matched to Acme');

  const nav = async (name) => {
    const item = await t.waitFor(
      () => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
        .find((el) => t.visible(el) && t.textOf(el).replace(/soon$/, '').trim() === name),
      `navigation item "${name}"`);
    await t.click(item);
    await t.findRole('heading', name);
  };
  const card = (listName) => {
    const list = t.byRole('list', listName)[0];
    return list && Array.from(list.querySelectorAll('[role=listitem]'))
      .find((el) => t.textOf(el).includes('Technical interview with Acme'));
  };

  // The proposal, with its confidence and reasons.
  await nav('Interviews');
  const proposal = await t.waitFor(() => card('Proposals'), 'the proposal for the interview');
  t.assert(/Interview \d+%/.test(t.textOf(proposal)), 'the proposal shows how sure the app is');
  t.assert(/match \d+%/.test(t.textOf(proposal)), 'the proposal shows the match confidence');
  t.assert(proposal.querySelectorAll('li').length >= 2, 'the proposal lists its reasons');
  t.assert(t.textOf(proposal).includes('Acme — Go Engineer'), 'the proposal names the application');
  t.assert(!t.byText('Lunch with Sam').length, 'the lunch is not proposed');
  await t.shot('agenda-proposal-light');

  // Confirm: the stage suggestion appears and the agenda lists it confirmed.
  await t.click(Array.from(proposal.querySelectorAll('button')).find((b) => t.textOf(b) === 'Confirm'));
  await t.findText('Move Acme to the Interviewing stage?');
  await t.gone(() => card('Proposals'), 'the confirmed proposal');
  // The agenda reloads after the confirmation: wait for the confirmed entry,
  // not the proposed one still on screen for a moment.
  const item = await t.waitFor(() => Array.from(document.querySelectorAll('[data-interview]'))
    .find((el) => t.visible(el) && t.textOf(el).includes('Technical interview with Acme') && !t.textOf(el).includes('proposed')),
  'the interview in the agenda, confirmed');
  t.assert(t.textOf(item).includes('https://meet.google.com/abc-defg-hij'), 'the agenda shows the join link');
  t.assert(!item.querySelector('a[href]'), 'the join link is not a link the page could follow');
  t.assert(!t.textOf(item).includes('proposed'), 'the interview is confirmed');
  t.assert(item.querySelectorAll('button').length >= 2, 'the join link can be copied and the application opened');
  await t.shot('agenda-confirmed-light');

  await t.click('button', 'Move to Interviewing');
  await t.gone(() => t.byText('Move Acme to the Interviewing stage?').length, 'the stage suggestion');
  const moved = await svc.Applications.Get(acme.id);
  t.assert(moved.application.stage === 'Interviewing', 'Acme is in Interviewing');
  await t.waitFor(() => t.textOf(item.isConnected ? item : document.body).includes('Interviewing'), 'the agenda to show the new stage');

  // The application opens from the agenda, with the interview on it.
  await t.click('button', 'Open application Acme — Go Engineer');
  const drawer = await t.waitFor(() => t.byRole('dialog', 'Application')[0], 'the detail drawer');
  await t.waitFor(() => t.byRole('heading', 'Go Engineer').length, 'the detail heading');
  await t.click(await t.findRole('tab', /^Timeline/));
  await t.waitFor(() => t.textOf(drawer).includes('Technical interview with Acme'), 'the interview on the application timeline');
  await t.sleep(400); // let the drawer finish sliding in
  await t.shot('agenda-detail-light');
  await t.click('button', 'Close application');
  await t.gone(() => t.byRole('dialog', 'Application').length, 'the detail drawer');

  // "Prepare" opens the same application on its AI tab (interview prep is
  // chosen once a provider is set up: unit-tested; here there is none, so
  // the tab says how to add one).
  await t.click('button', 'Prepare for this interview with Acme');
  await t.waitFor(() => t.byRole('dialog', 'Application')[0], 'the detail drawer');
  const aiTab = await t.findRole('tab', 'AI');
  await t.waitFor(() => aiTab.getAttribute('aria-selected') === 'true', 'the AI tab selected');
  await t.findText(/No AI provider is set up/);
  await t.click('button', 'Close application');
  await t.gone(() => t.byRole('dialog', 'Application').length, 'the detail drawer');

  // Settings shows the calendar section; then everything in dark.
  await nav('Settings');
  await t.findRole('heading', 'Calendar');
  await t.findText('Google Calendar is not connected');
  await t.click(await t.findLabel('Dark'));
  await t.waitFor(() => document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark', 'the dark scheme');
  const section = (await t.findRole('heading', 'Calendar')).closest('section');
  section.scrollIntoView({ block: 'start' });
  await t.shot('agenda-settings-dark');
  await nav('Interviews');
  await t.waitFor(() => document.querySelector('[data-interview]'), 'the agenda');
  await t.shot('agenda-dark');
});
