// Scenario: the applications screen (issue 2). Starts on an empty database,
// adds one application through the form, finds it in the table and filters
// it with the search box. The Go runner then checks the database through the
// CLI of the same binary.
E2E.run(async (t) => {
  await t.findRole('button', 'Add application', 20000);
  // Let the first list load settle: the empty state is rendered again after it.
  await t.waitFor(() => !document.querySelector('.mantine-Loader-root'), 'loading to finish');
  t.assert(t.rows('Applications').length === 0, 'the empty state shows no application rows');
  t.assert(t.byText('Acme Robotics').length === 0, 'no "Acme Robotics" before adding it');
  await t.shot('applications-empty');

  await t.click('button', 'Add application');
  await t.type(await t.findLabel('Company'), 'Acme Robotics');
  await t.type(await t.findLabel('Job title'), 'Firmware Engineer');
  await t.type(await t.findLabel('Location'), 'Berlin');
  await t.click('button', 'Save application');

  const row = await t.waitFor(() => t.rowWith('Applications', 'Acme Robotics'),
    'a row "Acme Robotics" in the table "Applications"');
  t.assert(t.textOf(row).includes('Firmware Engineer'), 'the row shows the job title');

  const search = await t.findLabel('Search applications');
  await t.type(search, 'firmware');
  await t.sleep(600); // past any debounce: the row must still be there
  await t.waitFor(() => t.rowWith('Applications', 'Acme Robotics'), 'the row to stay for "firmware"');
  t.assert(true, 'search "firmware" keeps the row');

  await t.type(search, 'zzzz');
  await t.gone(() => t.rowWith('Applications', 'Acme Robotics'), 'the row for "zzzz"');
  t.assert(!t.rowWith('Applications', 'Acme Robotics'), 'search "zzzz" hides the row');

  await t.type(search, '');
  await t.waitFor(() => t.rowWith('Applications', 'Acme Robotics'), 'the row back after clearing the search');
  await t.shot('applications-light');
});
