// Scenario: the read-only IMAP account (issue 15) against a real IMAP server
// on 127.0.0.1 over TLS (setupMailIMAP; IMAP_PORT from the prelude): set the
// account up in Settings, test the connection, check mail now and see what
// it read; the Inbox has "Check mail", and a second check finds nothing new.
// Screenshots at 1920x1080 and 1024x700, light and dark. The Go runner then
// checks the proposals and that the server was only read.
E2E.run(async (t) => {
  const nav = async (name) => {
    const item = await t.waitFor(
      () => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
        .find((el) => t.visible(el) && t.textOf(el).replace(/soon$/, '').replace(/\d+$/, '').trim() === name),
      `navigation item "${name}"`);
    await t.click(item);
    await t.findRole('heading', name);
  };
  const palette = async (query) => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', code: 'KeyK', ctrlKey: true, bubbles: true }));
    await t.type(await t.findLabel('Command palette'), query);
  };
  const scheme = () => document.documentElement.getAttribute('data-mantine-color-scheme');
  const theme = async (name) => {
    await palette(name);
    await t.click(await t.findRole('button', new RegExp(`Switch to ${name} theme`)));
    await t.waitFor(() => scheme() === name, `the ${name} theme`);
    await t.sleep(300);
  };
  const section = () => document.querySelector('section[aria-labelledby="mail-account-title"]');
  const showSection = async () => {
    const s = await t.waitFor(section, 'the e-mail account section');
    s.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -60); // below the sticky header
    await t.sleep(200);
    return s;
  };

  await t.resize(1920, 1080);
  await t.findRole('button', 'Add application', 20000);
  await nav('Settings');
  await t.findRole('heading', 'E-mail account (read-only IMAP)');
  const s = await showSection();
  t.assert(/opens folders with IMAP EXAMINE, never sets flags/.test(t.textOf(s)), 'read-only is explained');
  t.assert(t.byLabel('Check automatically while open')[0].value === '0', 'automatic checks start off');

  await t.type('Server', '127.0.0.1');
  await t.type('Port', String(IMAP_PORT));
  await t.type('User name', 'jordan@example.org');
  await t.type('Password', 'app-pass-e2e');
  await t.click('button', 'Test connection');
  await t.waitFor(() => /opened read-only\./.test(t.textOf(section())), 'the connection test', 20000);
  t.assert(t.textOf(section()).includes('Folders on the server: INBOX'), 'the server\'s folders are listed');
  await t.click('button', 'Save');
  await t.waitFor(() => t.textOf(section()).includes('Account saved.'), 'the account saved');
  const check = await t.findRole('button', 'Check mail now');
  await t.waitFor(() => !check.disabled, 'Check mail now enabled once saved');
  await t.click(check);
  const report = await t.waitFor(() => t.byText(/^Read 3 new messages/)[0], 'the check\'s report', 30000);
  t.assert(/added to the Inbox/.test(t.textOf(report)), `the report says what was kept: ${t.textOf(report)}`);
  await t.waitFor(() => /Last checked: (?!never)/.test(t.textOf(section())), 'the last check shown');
  t.assert(/INBOX: read up to message 3/.test(t.textOf(section())), 'how far INBOX was read');
  t.assert(t.byLabel('Password')[0].value === '', 'the password is never shown again');
  await showSection();
  await t.shot('mail-account-1920-light');
  await theme('dark');
  await showSection();
  await t.shot('mail-account-1920-dark');

  // The Inbox: the proposals read over IMAP, and Check mail in its toolbar.
  await nav('Inbox');
  const again = await t.findRole('button', 'Check mail');
  await t.waitFor(() => document.querySelectorAll('[role="listitem"]').length >= 1, 'a proposal read over IMAP');
  await t.click(again);
  await t.waitFor(() => t.byText('No new mail.')[0], 'the second check finds nothing new', 30000);
  await t.shot('mail-inbox-1920-dark');

  await t.resize(1024, 700);
  await t.findRole('button', 'Check mail');
  await t.shot('mail-inbox-1024-dark');
  await theme('light');
  await t.shot('mail-inbox-1024-light');
  await nav('Settings');
  await showSection();
  await t.shot('mail-account-1024-light');
  await theme('dark');
  await showSection();
  await t.shot('mail-account-1024-dark');
  await theme('light');
});
