// Scenario: jobs saved from the browser while the window is open (issue 12).
// The Go runner (TestOutsideWrite) saves a job through `huntbook native-host`
// each time the page logs "outside: ready N"; the page waits for its row in
// the list (no reload by hand), logs "outside: seen N at <unix ms>" for the
// refresh figure, and checks the notice "Saved from your browser: Title at
// Company", which opens the application when clicked. Then "outside: ready
// many": three saves in one go, each named in a notice.
E2E.run(async (t) => {
  await t.findRole('button', 'Add application', 20000);
  await t.waitFor(() => !document.querySelector('.mantine-Loader-root'), 'loading to finish');
  // The row, looked for on every frame, so the time it shows is close to when it appears.
  const row = (company, timeout) => new Promise((resolve, reject) => {
    const deadline = Date.now() + timeout;
    const look = () => {
      const r = t.rowWith('Applications', company);
      if (r) resolve(r);
      else if (Date.now() > deadline) reject(new Error(`timed out after ${timeout} ms waiting for the row of ${company}`));
      else requestAnimationFrame(look);
    };
    look();
  });
  // The notices' text (the page's text: the notices are the only place a job is named "Title at Company").
  const notice = () => document.body;

  for (let i = 1; i <= ROUNDS; i++) {
    const company = `Browser Co ${i}`;
    t.say(`outside: ready ${i}`);
    await row(company, 20000);
    t.say(`outside: seen ${i} at ${Date.now()}`);
    await t.waitFor(() => t.textOf(notice()).includes(`Saved from your browser`) && t.textOf(notice()).includes(`Engineer ${i} at ${company}`),
      `the notice for ${company}`, 5000);
  }
  await t.shot('browser-save-notice');
  const last = `Engineer ${ROUNDS} at Browser Co ${ROUNDS}`;
  await t.click(t.byRole('button', `Open ${last}`)[0]);
  await t.waitFor(() => t.byRole('dialog', 'Application')[0], 'the detail drawer');
  await t.waitFor(() => t.byRole('heading', `Engineer ${ROUNDS}`).length, 'the detail of the job saved last');
  await t.gone(() => t.byRole('button', `Open ${last}`).length, 'the notice, which closes when it opens the job');
  await t.click('button', 'Close application');
  await t.gone(() => t.byRole('dialog', 'Application').length, 'the detail drawer');

  t.say('outside: ready many');
  for (const c of ['Many Co A', 'Many Co B', 'Many Co C']) await row(c, 20000);
  await t.waitFor(() => ['A', 'B', 'C'].every((x) => t.textOf(notice()).includes(`Analyst ${x} at Many Co ${x}`)), 'the three saves in the notices', 5000);
  t.assert(t.byText(/^Saved from your browser/).length >= 1, 'the saves are announced');
  t.say(`notices for the three saves: ${t.byText(/^Saved from your browser: \d+ jobs$/).length ? 'one with their count' : 'more than one (they straddled a check)'}`);
  await t.shot('browser-save-several');
});
