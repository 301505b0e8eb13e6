// Scenario: the CV and profile view (issue 4). The Go runner copied three
// corpus files into the data folder: Jake's one-page LaTeX resume
// (cv-e2e.pdf), a password-protected PDF (cv-e2e-locked.pdf) and a Word CV
// (accountant-e2e.docx). Each is dropped on the window through the event
// Wails' file drop sends (wails:file-drop with the paths). The locked PDF
// brings up the password prompt (dismissed); the resume is read with
// progress, then rendered by pdf.js beside its parsed fields; a value read
// from it is corrected and saved with the version. Everything is
// merged into the master profile, the headline is corrected
// and saved, a bad date is refused under its field, the CV is linked to an
// application from the detail drawer, a generated PDF that embeds no font
// is drawn with the bundled standard font and CMap, and the Word CV is
// shown as its text.
// Screenshots in light and dark; the Go runner checks `profile show --json`
// and `cv list --json` through the CLI.
E2E.run(async (t) => {
  const svc = window.go.service;
  await t.findRole('button', 'Add application', 20000);
  const app = await svc.Applications.Create({ company: 'Acme Robotics', title: 'Firmware Engineer', stageId: 0, tags: [] });
  const info = await svc.Data.Info();
  const drop = (name) => window.runtime.EventsEmit('wails:file-drop', 400, 300, [info.dataDir + '/' + name]);

  const nav = await t.waitFor(
    () => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
      .find((el) => t.visible(el) && t.textOf(el).trim() === 'CV and profile'),
    'the CV and profile navigation item');
  await t.click(nav);
  await t.findRole('heading', 'CV and profile');
  await t.findText('No CV imported yet');

  // A password-protected PDF asks for its password.
  drop('cv-e2e-locked.pdf');
  const prompt = await t.findRole('dialog', 'This PDF needs a password', 30000);
  t.assert(t.byLabel('Password', prompt).length === 1, 'the prompt has a password field');
  await t.click(t.byRole('button', 'Cancel').find((b) => prompt.contains(b)));
  await t.gone(() => t.byRole('dialog', 'This PDF needs a password').length, 'the password prompt');

  // The resume: progress, then the document beside its fields.
  drop('cv-e2e.pdf');
  await t.waitFor(() => t.byRole('status', 'CV import').length || t.byRole('heading', /^cv-e2e/).length, 'the import to start');
  await t.findRole('heading', /^cv-e2e/, 30000);
  const fields = await t.waitFor(() => document.querySelector('[aria-label="Parsed fields"]'), 'the parsed fields');
  t.assert(t.textOf(fields).includes('Jake Ryan'), 'the parsed name is shown');
  t.assert(t.textOf(fields).includes('jake@su.edu'), 'the parsed email is shown');
  t.assert(t.textOf(fields).includes('Undergraduate Research Assistant'), 'the first job is shown');
  const page = await t.findRole('img', /^Page 1 of 1 of cv-e2e\.pdf$/, 20000);
  await t.waitFor(() => Number(document.querySelector('[data-testid="cv-pdf"]').dataset.pagesRendered) >= 1, 'page 1 to be rendered', 20000);
  const ctx = page.getContext('2d');
  const px = ctx.getImageData(0, 0, page.width, Math.floor(page.height / 4)).data;
  let dark = 0;
  for (let i = 0; i < px.length; i += 4) if (px[i] < 100 && px[i + 1] < 100 && px[i + 2] < 100) dark++;
  t.assert(page.width > 300 && dark > 500, `the PDF is drawn on the canvas (${page.width}px wide, ${dark} dark pixels in the top quarter)`);
  await t.shot('cv-version-light');
  await t.click('button', 'p.1: show where Email was read');
  const mark = await t.waitFor(() => document.querySelector('[data-testid="cv-marker"]'), 'the marked line on the page');
  const pr = page.getBoundingClientRect();
  const mr = mark.getBoundingClientRect();
  t.assert(mr.top > pr.top && mr.top < pr.top + pr.height / 4, 'the email line is marked near the top of the page');
  await t.shot('cv-marker-light');

  // Correct a value read from the CV: saved with the version, shown in its fields.
  await t.click('button', 'Edit values');
  const versionForm = await t.waitFor(() => document.querySelector('form[aria-label="Values read from this CV"]'), 'the editor of the values read');
  await t.type(t.byLabel('Headline', versionForm)[0], 'Research Assistant');
  await t.click(t.byRole('button', 'Save profile').find((b) => versionForm.contains(b)));
  await t.findText('The values read from this CV are updated.');
  await t.shot('cv-version-edit-light');
  await t.click('button', 'Done editing');
  const corrected = await t.waitFor(() => document.querySelector('[aria-label="Parsed fields"]'), 'the parsed fields again');
  t.assert(t.textOf(corrected).includes('Research Assistant'), 'the corrected headline is among the fields');
  const stored = await svc.Profile.Version(Number((await svc.Profile.Versions())[0].id));
  t.assert(stored.profile.basics.label === 'Research Assistant', 'the backend kept the correction');

  // Merge everything, then fix the headline in the master profile.
  await t.click('button', 'Merge everything into master');
  await t.findText('Everything read from this CV was merged.');
  await t.click('button', 'Edit master profile');
  const name = await t.findLabel('Name');
  t.assert(name.value === 'Jake Ryan', 'the master profile has the merged name');
  t.assert((await t.findLabel('Email')).value === 'jake@su.edu', 'the master profile has the merged email');
  await t.type('Headline', 'Software Engineer');
  await t.click('button', 'Save profile');
  await t.findText('Your master profile is up to date.');

  // A bad date is refused under its field, then put back.
  await t.click('button', /^Work/);
  const start = await t.findLabel('Start date');
  const before = start.value;
  await t.type(start, 'last spring');
  await t.click('button', 'Save profile');
  await t.waitFor(() => t.byText(/is not a date/).length, 'the date error under the field');
  t.assert(start.getAttribute('aria-invalid') === 'true', 'the start date field is marked invalid');
  await t.shot('cv-master-error-light');
  t.assert(t.byText('Work 1, start date "last spring" is not a date').length > 0, 'the error names the field in words');
  await t.type(t.byLabel('Start date')[0], before);
  await t.waitFor(() => !t.byText(/is not a date/).length, 'the error to clear once the saved value is back');

  // Dark theme: the master editor and the version view.
  await svc.Settings.Save({ theme: 'dark', closedCards: 'fade', notifications: false });
  document.documentElement.setAttribute('data-mantine-color-scheme', 'dark');
  await t.shot('cv-master-dark');
  await t.click('tab', /^Imported CVs/);
  await t.click('button', 'All CVs');
  const row = await t.waitFor(() => t.rowWith('Imported CVs', 'cv-e2e.pdf'), 'the version in the list');
  t.assert(t.textOf(row).includes('Jake Ryan') || t.textOf(row).includes('cv-e2e'), 'the list shows the version');
  await t.shot('cv-list-dark');
  await t.click('button', /^Open cv-e2e/);
  await t.findRole('img', /^Page 1 of 1/, 20000);
  await t.waitFor(() => Number(document.querySelector('[data-testid="cv-pdf"]').dataset.pagesRendered) >= 1, 'page 1 to be rendered again', 20000);
  await t.shot('cv-version-dark');

  // The CV sent with an application, chosen in its detail drawer.
  const versions = await svc.Profile.Versions();
  t.assert(versions.length === 1, 'one CV version is stored');
  const appsNav = Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
    .find((el) => t.visible(el) && t.textOf(el).trim() === 'Applications');
  await t.click(appsNav);
  await t.click(await t.findRole('button', 'Acme Robotics', 15000));
  await t.waitFor(() => t.byRole('dialog', 'Application')[0], 'the detail drawer');
  const sent = await t.findLabel('CV sent', 15000);
  await t.waitFor(() => !sent.disabled, 'the CV sent select to load');
  await t.type(sent, String(versions[0].id));
  const linked = await t.waitFor(() => !t.byLabel('CV sent')[0].disabled && t.byLabel('CV sent')[0], 'the link to be saved');
  t.assert(linked.value === String(versions[0].id), 'the select shows the CV sent');
  const fromBackend = await svc.Profile.LinkedCV(app.id);
  t.assert(fromBackend && fromBackend.id === versions[0].id, 'the backend has the CV sent with the application');
  await t.shot('cv-sent-dark');
  await t.click('button', 'Close application');
  await t.gone(() => t.byRole('dialog', 'Application').length, 'the detail drawer');

  // A PDF that embeds no font: pdf.js draws it with the standard font and
  // the CMap bundled with the app (no system font, nothing remote).
  await t.click(nav);
  // The view switches in a transition: drop once it is on screen, as a user would.
  await t.findRole('heading', 'CV and profile');
  drop('fonts-e2e.pdf');
  await t.findRole('heading', /^fonts-e2e/, 30000);
  const fontsPage = await t.findRole('img', /^Page 1 of 1 of fonts-e2e\.pdf$/, 20000);
  const viewer = await t.waitFor(() => {
    const v = document.querySelector('[data-testid="cv-pdf"]');
    return v && Number(v.dataset.pagesRendered) >= 1 && v;
  }, 'the font-less PDF to be rendered', 20000);
  const assets = (viewer.dataset.pdfAssets || '').split(' ');
  t.assert(assets.some((a) => /^LiberationSans-.*\.ttf$/.test(a)), `the standard font came from the bundle (${assets.join(', ')})`);
  t.assert(assets.includes('UniGB-UCS2-H.bcmap'), `the CMap came from the bundle (${assets.join(', ')})`);
  const fpx = fontsPage.getContext('2d').getImageData(0, 0, fontsPage.width, Math.floor(fontsPage.height / 6)).data;
  let ink = 0;
  for (let i = 0; i < fpx.length; i += 4) if (fpx[i] < 100 && fpx[i + 1] < 100 && fpx[i + 2] < 100) ink++;
  t.assert(ink > 300, `the font-less PDF's text is drawn (${ink} dark pixels)`);
  await t.shot('cv-fonts-dark');

  // A Word CV: its text is shown beside its fields.
  await t.click(nav);
  // The view switches in a transition: drop once it is on screen, as a user would.
  await t.findRole('heading', 'CV and profile');
  drop('accountant-e2e.docx');
  await t.findRole('heading', /^accountant-e2e/, 30000);
  const docText = await t.waitFor(() => document.querySelector('[aria-label="Text of accountant-e2e.docx"]'), 'the Word text', 15000);
  t.assert(t.textOf(docText).includes('Ebony Moore'), 'the Word CV text is shown');
  t.assert(t.textOf(document.querySelector('[aria-label="Parsed fields"]')).includes('Ebony Moore'), 'the Word CV name is parsed');
  await t.shot('cv-docx-dark');
  const low = document.querySelectorAll('[aria-label="Parsed fields"] [data-low]');
  t.assert(low.length > 0, `values the reader was unsure of are highlighted (${low.length})`);
  low[0].scrollIntoView({ block: 'center' });
  await t.shot('cv-low-dark');
  document.documentElement.setAttribute('data-mantine-color-scheme', 'light');
  await t.shot('cv-low-light');
});
