// Scenario: the data was written by a newer Huntbook (issue 11). The window
// opens and says to update; nothing is offered that would touch the file,
// which the Go runner checks is unchanged.
E2E.run(async (t) => {
  await t.findRole('heading', 'This data needs a newer Huntbook', 20000);
  await t.findText(/Update Huntbook/);
  await t.findText(/newer version of Huntbook \(schema 9999/);
  t.assert(!t.byRole('button', 'Restore the newest backup').length, 'no restore for a newer file');
  t.assert(!t.byRole('button', 'Add application').length, 'the app is not shown');
  await t.findRole('button', 'Quit Huntbook');
  await t.shot('startup-newer');
});
