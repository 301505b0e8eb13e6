// Scenario: the data file (issue 3). Settings shows the data folder; the
// data is exported to a ZIP (the native save dialog cannot be driven here,
// so the bound ExportTo writes the file), wiped through the UI with its
// typed confirmation, imported back (ImportFile) and shown in the list, then
// wiped again. The Go runner checks the ZIP on disk and that the database
// is empty through the CLI.
E2E.run(async (t) => {
  const svc = window.go.service;
  await t.findRole('button', 'Add application', 20000);
  for (const [company, title] of [['Acme Robotics', 'Firmware Engineer'], ['Northwind', 'Backend Developer']]) {
    await svc.Applications.Create({ company, title, stageId: 0, tags: [] });
  }
  const info = await svc.Data.Info();
  t.assert(info.applications === 2, 'two applications to export');

  const nav = async (name) => {
    const item = await t.waitFor(
      () => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
        .find((el) => t.visible(el) && t.textOf(el).replace(/soon$/, '').trim() === name),
      `navigation item "${name}"`);
    await t.click(item);
    await t.findRole('heading', name);
  };

  await nav('Settings');
  const folder = await t.findText(info.dataDir);
  t.assert(t.textOf(folder) === info.dataDir, `Settings shows the data folder ${info.dataDir}`);
  await t.waitFor(() => t.byText('2 applications').length, 'the counts in Settings');

  // Settings → About: the running build and where releases are published,
  // as text (the app makes no request for it).
  const about = await svc.Data.About();
  t.assert(/^go1\./.test(about.goVersion) && about.releases.startsWith('https://'), 'About names Go and the releases address');
  const heading = await t.findRole('heading', 'About');
  heading.scrollIntoView({ block: 'start' });
  await t.findText(about.version === 'dev' ? 'Huntbook development build' : 'Huntbook ' + about.version);
  await t.findText(about.releases);
  if (about.commit) await t.findText(about.commit.slice(0, 12));
  await t.shot('settings-about');

  const zip = info.dataDir + '/e2e-export.zip';
  await svc.Data.ExportTo(zip);
  t.say('exported to ' + zip);
  // The page may name only files the user chose in a dialog or dropped
  // (end-to-end builds also grant the data folder, which dialogs cannot
  // reach here): anything else is refused by the backend.
  let refused = '';
  try {
    await svc.Data.ExportTo('/tmp/huntbook-e2e-not-chosen.zip');
  } catch (e) {
    refused = String((e && e.message) || e);
  }
  t.assert(refused.includes('file dialog'), 'ExportTo a path not chosen by the user is refused: ' + refused);

  const wipe = async () => {
    await t.click('button', 'Delete all data…');
    const confirm = await t.findRole('button', 'Delete everything');
    t.assert(confirm.disabled, 'Delete everything is disabled before typing DELETE');
    await t.type(await t.findLabel('Type DELETE to confirm'), 'delete');
    t.assert((await t.findRole('button', 'Delete everything')).disabled, 'a lowercase "delete" does not confirm');
    await t.type(await t.findLabel('Type DELETE to confirm'), 'DELETE');
    await t.click('button', 'Delete everything');
    await t.findText('All data deleted');
    await t.gone(() => t.byRole('button', 'Delete everything').length, 'the confirmation');
    const after = await svc.Data.Info();
    t.assert(after.applications === 0, 'no applications left after wiping');
  };
  await wipe();
  await t.waitFor(() => t.byText('0 applications').length, 'Settings shows 0 applications');
  await t.shot('data-wiped');

  const report = await svc.Data.ImportFile(zip);
  t.assert(report.kind === 'zip' && report.applications === 2, `the import brought back ${report.applications} applications`);
  await nav('Applications');
  await t.waitFor(() => t.rowWith('Applications', 'Acme Robotics'), 'Acme Robotics back in the list');
  t.assert(!!t.rowWith('Applications', 'Northwind'), 'Northwind back in the list');

  await nav('Settings');
  await t.waitFor(() => t.byText('2 applications').length, 'Settings counts the imported applications');
  await wipe();
});
