// Scenario: paste a job page into the Add form (issue 12). The page's
// JobPosting is read offline, the fields are prefilled and marked, nothing
// is saved until "Save application"; a pasted sign-in wall says why no job
// was found; a saved page dropped on the list opens the form prefilled. The
// Go runner then checks the saved applications through the CLI.
E2E.run(async (t) => {
  await t.findRole('button', 'Add application', 20000);
  await t.waitFor(() => !document.querySelector('.mantine-Loader-root'), 'loading to finish');
  await t.click('button', 'Add application');

  await t.type(await t.findLabel('From a posting'), '<html><head></head><body><script>location.href="/login"</script></body></html>');
  await t.click('button', 'Read');
  await t.findText('No job', 10000);
  t.assert((await t.findLabel('Job title')).value === '', 'a page without a job fills in nothing');
  await t.shot('posting-no-job');

  const page = '<!doctype html><html><head><title>Platform Engineer - Initech</title>' +
    '<link rel="stylesheet" href="https://static.initech.example/app.css">' +
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",' +
    '"title":"Platform Engineer","hiringOrganization":{"@type":"Organization","name":"Initech"},' +
    '"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Utrecht","addressCountry":"NL"}},' +
    '"url":"https://jobs.initech.example/platform-engineer",' +
    '"description":"<h2>What you will do</h2><ul><li>Run our Kubernetes clusters</li><li>Automate deploys</li></ul>"}' +
    '</script></head><body><h1>Platform Engineer</h1></body></html>';
  await t.type(await t.findLabel('From a posting'), page);
  await t.click('button', 'Read');
  await t.waitFor(() => t.byLabel('Job title')[0]?.value === 'Platform Engineer', 'the title read from the posting');
  t.assert(t.byLabel('Company')[0].value === 'Initech', 'the company is read from the posting');
  t.assert(t.byLabel('Location')[0].value.includes('Utrecht'), 'the location is read from the posting');
  const description = t.byLabel('Job description')[0].value;
  t.assert(description.includes('Run our Kubernetes clusters') && !description.includes('<'), 'the description is clean text');
  t.assert(t.byText('From the posting (JSON-LD)').length >= 3, 'the prefilled fields are marked');
  const stage = t.byLabel('Stage')[0];
  t.assert(stage.selectedOptions[0].textContent === 'Wishlist', 'the stage defaults to Wishlist');
  await t.shot('posting-prefilled');

  t.assert(!t.rowWith('Applications', 'Initech'), 'nothing is saved before Save');
  await t.click('button', 'Save application');
  await t.waitFor(() => t.rowWith('Applications', 'Initech'), 'a row "Initech" in the table "Applications"');

  // A saved page dropped on the list opens the form prefilled, also after a
  // visit to the CV view (which takes the window's drops while it is shown).
  const info = await window.go.service.Data.Info();
  const nav = (name) => t.waitFor(
    () => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
      .find((el) => t.visible(el) && t.textOf(el).trim() === name),
    `the ${name} navigation item`);
  await t.click(await nav('CV and profile'));
  await t.findRole('heading', 'CV and profile');
  await t.click(await nav('Applications'));
  await t.waitFor(() => t.rowWith('Applications', 'Initech'), 'the list again');
  window.runtime.EventsEmit('wails:file-drop', 400, 300, [info.dataDir + '/job-e2e.html']);
  await t.waitFor(() => t.byLabel('Job title')[0]?.value === 'Data Steward', 'the title read from the dropped page');
  t.assert(t.byLabel('Company')[0].value === 'Umbrella Corp', 'the company is read from the dropped page');
  await t.sleep(400); // the dialog's opening transition, for the screenshot
  await t.shot('posting-dropped');
  await t.click('button', 'Save application');
  await t.waitFor(() => t.rowWith('Applications', 'Umbrella Corp'), 'a row "Umbrella Corp" in the table "Applications"');
});
