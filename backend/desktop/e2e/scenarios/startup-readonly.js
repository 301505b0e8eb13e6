// Scenario: the data folder is read-only (issue 11). The app opens read-only:
// the application stored before is listed, a banner says changes cannot be
// saved, and a write is refused with that reason. The Go runner checks that
// no file in the folder changed.
E2E.run(async (t) => {
  await t.findRole('button', 'Add application', 20000);
  await t.findText('Read-only: changes cannot be saved');
  await t.findText(/the folder .* is read-only/);
  await t.findText('Acme Robotics');
  let refused = '';
  try {
    await window.go.service.Applications.Create({ company: 'Northwind', title: 'Backend Developer', stageId: 0, tags: [] });
  } catch (e) {
    refused = String(e && e.message ? e.message : e);
  }
  t.assert(/changes cannot be saved/.test(refused), `a write is refused clearly, got: ${refused || 'no error'}`);
  await t.shot('startup-readonly');
});
