// Scenario: the database file is damaged (issue 11). The window still opens
// and says so: the file, the backup that exists, and a button that restores
// it. The Go runner then opens the restored database through the CLI and
// finds the damaged file kept beside it.
E2E.run(async (t) => {
  await t.findRole('heading', 'Your Huntbook data file is damaged', 20000);
  const status = await window.go.service.Startup.Status();
  t.assert(status.problem === 'corrupt', `problem is ${status.problem}`);
  await t.findText(status.path);
  await t.findText(/huntbook-20260501T100000\.000Z-daily\.db/);
  t.assert(!t.byRole('button', 'Add application').length, 'the app is not shown over a damaged file');
  await t.shot('startup-corrupt');
  await t.click(await t.findRole('button', 'Restore the newest backup'));
  await t.findText(/the damaged file was kept as/);
  await t.findRole('button', 'Quit Huntbook');
  await t.shot('startup-corrupt-restored');
});
