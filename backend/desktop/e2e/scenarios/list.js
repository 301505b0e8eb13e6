// Scenario: the application list (issue 3). Creates 60 applications through
// the bound methods, then in the UI: finds the three "Zephyr" ones by search
// (FTS), selects them (a checkbox, then shift-click for the range), moves them
// to Interviewing in bulk, sets one outcome in bulk, and deletes "Obsolete
// Corp" after confirming. The Go runner checks the database through the CLI.
// Screenshots: list-light, list-dark.
E2E.run(async (t) => {
  const svc = window.go.service;
  const stages = await svc.Pipeline.Stages();
  const applied = stages.find((s) => s.name === 'Applied');
  const base = { id: 0, url: '', location: 'Berlin', remote: '', source: '', description: '', dateApplied: '', deadline: '',
    followUp: '', priority: 0, tags: [], outcome: 'open', salary: { min: 0, max: 0, currency: '', period: '' } };
  const names = ['Zephyr Labs', 'Zephyr Cloud', 'Zephyr Health'];
  for (let i = 0; i < 56; i++) {
    await svc.Applications.Create({ ...base, company: `Company ${String(i + 1).padStart(2, '0')}`, title: 'Backend Engineer', stageId: applied.id, tags: i % 2 ? ['remote'] : [] });
  }
  for (const n of names) await svc.Applications.Create({ ...base, company: n, title: 'Site Reliability Engineer', stageId: applied.id });
  await svc.Applications.Create({ ...base, company: 'Obsolete Corp', title: 'Legacy Developer', stageId: applied.id });
  t.say('60 applications created through the bound methods');

  await t.findRole('table', 'Applications', 20000);
  await t.findText('60 applications');
  await t.waitFor(() => t.rowWith('Applications', 'Zephyr Labs'), 'Zephyr Labs in the list');
  await t.shot('list-light');

  // Search as you type: only the Zephyr rows stay.
  await t.type(await t.findLabel('Search applications'), 'zephyr');
  await t.waitFor(() => t.rows('Applications').length === 3, 'three rows for "zephyr"');
  for (const n of names) t.assert(t.rowWith('Applications', n), `"${n}" is found by search`);

  // Multi-select: one box, then shift-click on the last for the range.
  const box = (company) => t.rowWith('Applications', company).querySelector('input[type=checkbox]');
  const order = t.rows('Applications').map((r) => r.querySelector('button').textContent.trim());
  await t.click(box(order[0]));
  const last = box(order[2]);
  last.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: true }));
  await t.findText('3 selected');
  t.assert(names.every((n) => box(n).checked), 'shift-click selected the range of three');

  await t.type(await t.findLabel('Move selected to stage'), String(stages.find((s) => s.name === 'Interviewing').id));
  await t.waitFor(() => names.every((n) => t.textOf(t.rowWith('Applications', n)).includes('Interviewing')),
    'the three rows in Interviewing');
  t.assert(true, 'bulk move to Interviewing');

  // Bulk outcome on one of them (still selected after the move).
  await t.click(box('Zephyr Cloud'));
  await t.click(box('Zephyr Health'));
  await t.findText('1 selected');
  await t.type(await t.findLabel('Set outcome of selected'), 'ghosted');
  await t.waitFor(() => t.textOf(t.rowWith('Applications', 'Zephyr Labs')).includes('Ghosted'), 'Zephyr Labs ghosted');
  await t.click('button', 'Clear selection');

  // Delete with a confirmation.
  await t.type(await t.findLabel('Search applications'), 'obsolete');
  await t.waitFor(() => t.rows('Applications').length === 1 && t.rowWith('Applications', 'Obsolete Corp'), 'the Obsolete Corp row');
  await t.click(await t.findRole('checkbox', 'Select all applications shown'));
  await t.click('button', 'Delete…');
  await t.click(await t.findRole('button', 'Delete 1 application'));
  await t.findText(/No applications match/);
  t.assert(!t.rowWith('Applications', 'Obsolete Corp'), 'Obsolete Corp deleted');

  await t.type(await t.findLabel('Search applications'), '');
  await t.findText('59 applications');
  await t.click(box('Company 56'));
  await t.click(box('Company 55'));
  await t.sleep(200);
  document.documentElement.setAttribute('data-mantine-color-scheme', 'dark');
  await t.sleep(200);
  await t.shot('list-dark');
  document.documentElement.setAttribute('data-mantine-color-scheme', 'light');
});
