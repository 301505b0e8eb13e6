// Scenario: another program holds the database's write lock while the app
// starts (issue 11). After the busy timeout the window says so and what to
// do, instead of exiting; the Go runner checks the data is still there.
E2E.run(async (t) => {
  await t.findRole('heading', 'Another program is using your Huntbook data', 20000);
  await t.findText(/Close it, then start Huntbook again/);
  t.assert(!t.byRole('button', 'Restore the newest backup').length, 'no restore for a locked file');
  t.assert(!t.byRole('button', 'Add application').length, 'the app is not shown');
  await t.findRole('button', 'Quit Huntbook');
  await t.shot('startup-locked');
});
