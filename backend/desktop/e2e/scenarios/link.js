// Scenario: add from a link (issue 12), against a job site the Go runner
// serves on 127.0.0.1 (JOBS, HOST). In the Add form: a link pasted in "From a
// posting" is fetched ("Fetching HOST…"), the fields are prefilled and the
// link kept as the job's URL, nothing is saved before "Save application". On
// the board: a link in a lane's quick add opens the same review in that
// lane's stage; a LinkedIn link says to use the browser button or paste the
// page, fetching nothing. The Go runner checks the saves through the CLI and
// that the site got exactly the two page requests.
E2E.run(async (t) => {
  await t.findRole('button', 'Add application', 20000);
  await t.waitFor(() => !document.querySelector('.mantine-Loader-root'), 'loading to finish');
  await t.click('button', 'Add application');

  await t.type(await t.findLabel('From a posting'), JOBS + '/jobs/sre');
  await t.click('button', 'Read link');
  await t.findText('Fetching ' + HOST + '…', 5000);
  await t.waitFor(() => t.byLabel('Job title')[0]?.value === 'Site Reliability Engineer', 'the title read from the fetched page');
  t.assert(t.byLabel('Company')[0].value === 'Initrode', 'the company is read from the page');
  t.assert(t.byLabel('Location')[0].value.includes('Lisbon'), 'the location is read from the page');
  t.assert(t.byLabel('Job URL')[0].value === JOBS + '/jobs/sre', 'the link is kept as the job URL');
  t.assert(t.byLabel('Stage')[0].selectedOptions[0].textContent === 'Wishlist', 'the stage defaults to Wishlist');
  const description = t.byLabel('Job description')[0].value;
  t.assert(description.includes('Keep our services up') && !description.includes('<'), 'the description is clean text');
  await t.shot('link-prefilled');
  t.assert(!t.rowWith('Applications', 'Initrode'), 'nothing is saved before Save');
  await t.click('button', 'Save application');
  await t.waitFor(() => t.rowWith('Applications', 'Initrode'), 'a row "Initrode" in the table "Applications"');

  // The board's quick add takes a link too, and keeps the lane's stage.
  const nav = await t.waitFor(
    () => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
      .find((el) => t.visible(el) && t.textOf(el) === 'Board'),
    'navigation item "Board"');
  await t.click(nav);
  await t.findRole('heading', 'Board');
  await t.click('button', 'Add to Applied');
  const quick = (stage) => document.querySelector(`form[aria-label="Add an application to ${stage}"]`);
  await t.waitFor(() => quick('Applied'), 'the quick add of Applied');
  await t.type(t.byLabel('Company', quick('Applied'))[0], JOBS + '/jobs/analyst');
  await t.click('button', 'Read link');
  await t.findText('Fetching ' + HOST + '…', 5000);
  await t.waitFor(() => t.byLabel('Job title')[0]?.value === 'Data Analyst', 'the Add dialog with the title read from the page');
  t.assert(t.byLabel('Company')[0].value === 'Vandelay Industries', 'the company is read from the page');
  t.assert(t.byLabel('Stage')[0].selectedOptions[0].textContent === 'Applied', "the stage is the lane's");
  await t.sleep(400); // the dialog's opening transition, for the screenshot
  await t.shot('link-board-review');
  await t.click('button', 'Save application');
  await t.waitFor(() => t.byRole('button', /^Vandelay Industries\s*Data Analyst/)[0], 'the Vandelay card');
  await t.gone(() => t.byRole('dialog', 'Add application').length, 'the Add dialog');
  const lane = t.byRole('button', /^Vandelay Industries\s*Data Analyst/)[0].closest('[data-lane]');
  t.assert(lane && t.textOf(lane.querySelector('h3')) === 'Applied', 'the card is in Applied');

  // A host behind a sign-in wall is not fetched.
  await t.click('button', 'Add to Wishlist');
  await t.waitFor(() => quick('Wishlist'), 'the quick add of Wishlist');
  await t.type(t.byLabel('Company', quick('Wishlist'))[0], 'https://www.linkedin.com/jobs/view/4012345');
  await t.click('button', 'Read link');
  await t.findText('linkedin.com shows its job pages only after you sign in', 5000);
  t.assert(t.byText('Save to Huntbook').length > 0, 'it points to the browser button');
  t.assert(!t.byRole('dialog', 'Add application').length, 'no Add dialog opens');
  await t.shot('link-sign-in-wall');
});
