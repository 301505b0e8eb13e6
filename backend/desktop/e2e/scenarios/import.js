// Scenario: a switcher imports their tracker's CSV through the preview
// (issue 14). The runner wrote a 300-row export (e2e-tracker.csv: BOM,
// semicolons, day-first dates, statuses that are not stages, recruiters,
// two bad rows) into the data folder. It is dropped on Settings (the native
// open dialog cannot be driven here); the preview shows the columns, the
// statuses mapped to the nearest stage or outcome, the date order and why,
// the rows to save and the two to skip. It is looked at in 1920x1080 and
// 1024x700, light and dark, with the Import button in view; one status is
// changed and changed back; the good rows are imported, and Insights'
// response rate and flows count the imported stages. The Go runner checks
// 300 applications and 30 contacts through the CLI.
// Screenshots: import-preview-{1920,1024}-{light,dark}, import-insights.
E2E.run(async (t) => {
  const svc = window.go.service;
  await t.findRole('button', 'Add application', 20000);
  const info = await svc.Data.Info();
  const file = info.dataDir + '/e2e-tracker.csv';

  const scheme = async (s) => {
    document.documentElement.setAttribute('data-mantine-color-scheme', s);
    await t.sleep(250);
  };
  const nav = async (name) => {
    const item = await t.waitFor(
      () => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
        .find((el) => t.visible(el) && t.textOf(el).replace(/soon$/, '').trim() === name),
      `navigation item "${name}"`);
    await t.click(item);
    await t.findRole('heading', name);
  };
  const select = (label) => t.findLabel(label);

  await t.resize(1920, 1080);
  await nav('Settings');
  await t.findRole('button', 'Import ZIP or CSV…');
  window.runtime.EventsEmit('wails:file-drop', 600, 400, [file]);
  const dialog = await t.waitFor(
    () => Array.from(document.querySelectorAll('[role="dialog"]')).find((d) => t.textOf(d).includes('Import e2e-tracker.csv')),
    'the preview dialog');
  await t.waitFor(() => t.textOf(dialog).includes('300 applications will be imported with 30 contacts, 2 rows with problems will be skipped'),
    'the preview summary');
  t.assert(t.textOf(dialog).includes('UTF-8, semicolon-separated'), 'the preview names the encoding and the separator');

  const status = async (s) => (await select(`Where “${s}” goes`)).value;
  for (const [s, want] of [['Bookmarked', 'stage:Wishlist'], ['Phone screen', 'stage:Screening'], ['Offer Received', 'stage:Offer'],
    ['Rejected', 'outcome:rejected'], ['Interviewing', 'stage:Interviewing']]) {
    const got = await status(s);
    t.assert(got === want, `"${s}" goes to ${want}, got ${got}`);
  }
  t.assert((await select('Field for column Role Title')).value === 'title', 'Role Title is read as the job title');
  t.assert((await select('Field for column Recruiter Email')).value === 'contactEmail', 'Recruiter Email is a contact e-mail');
  t.assert(t.textOf(dialog).includes('Day first: line'), 'the date order says why: ' + t.textOf(dialog).slice(0, 80));
  const skipped = await t.waitFor(() => dialog.querySelector('table[aria-label="Rows to skip"]'), 'the skipped rows');
  const skippedText = t.textOf(skipped);
  t.assert(skippedText.includes('302') && skippedText.includes('company is empty'), 'line 302 is skipped with its reason: ' + skippedText);
  t.assert(skippedText.includes('303') && skippedText.includes('not a date'), 'line 303 is skipped with its reason');

  // Change a status and back: the preview reads the file again each time.
  const phone = await select('Where “Phone screen” goes');
  phone.value = 'new:Phone screen';
  phone.dispatchEvent(new Event('change', { bubbles: true }));
  await t.waitFor(() => Array.from(dialog.querySelectorAll('table[aria-label="Rows to import"] td')).length > 0 &&
    t.textOf(dialog).includes('your choice'), 'the preview with the chosen stage');
  phone.value = 'stage:Screening';
  phone.dispatchEvent(new Event('change', { bubbles: true }));
  await t.waitFor(() => t.textOf(dialog).includes('nearest stage') && phone.value === 'stage:Screening', 'Phone screen back to Screening');

  const importButton = () => t.byRole('button', 'Import 300 applications')[0];
  const inView = (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  };
  await t.waitFor(() => importButton() && !importButton().disabled, 'the Import button, enabled');
  await t.shot('import-preview-1920-light');
  await scheme('dark');
  await t.shot('import-preview-1920-dark');
  await t.resize(1024, 700);
  t.assert(inView(importButton()), 'at 1024x700 the Import button is in view');
  await t.shot('import-preview-1024-dark');
  await scheme('light');
  await t.shot('import-preview-1024-light');

  await t.click(importButton());
  await t.gone(() => t.byText('Import e2e-tracker.csv').length, 'the preview dialog');
  await t.findText(/Imported 300 applications and 30 contacts from the CSV file\. 2 rows were skipped\./);

  // Insights counts the imported stages as history.
  const report = await svc.Insights.Report(0);
  t.assert(report.applied === 260 && report.responded === 138, `Insights: ${report.responded} of ${report.applied} answered, want 138 of 260`);
  const flow = (from, to) => {
    const l = report.flow.links.find((x) => report.flow.nodes[x.source] === from && report.flow.nodes[x.target] === to);
    return l ? l.value : 0;
  };
  for (const [from, to, want] of [['Wishlist', 'Applied', 260], ['Applied', 'Screening', 99], ['Screening', 'Interviewing', 66],
    ['Interviewing', 'Offer', 33], ['Applied', 'rejected', 39]]) {
    t.assert(flow(from, to) === want, `flow ${from} -> ${to} = ${flow(from, to)}, want ${want}`);
  }
  const stages = await svc.Pipeline.Stages();
  t.assert(stages.length === 5, 'no stage was created for the statuses: ' + stages.map((s) => s.name).join(', '));

  await t.resize(1920, 1080);
  await nav('Insights');
  await t.findText('138 of 260 answered', 20000);
  await t.waitFor(() => document.querySelector('[aria-label="How applications flowed"] svg path'), 'the Sankey bands');
  await t.sleep(400); // chart animations
  await t.shot('import-insights');
});
