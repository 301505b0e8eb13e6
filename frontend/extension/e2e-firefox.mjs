// End-to-end test of the browser extension in real Firefox (Debian's
// firefox-esr driven by puppeteer-core over WebDriver BiDi): the same journey
// as e2e.mjs in Chromium. It installs the unpacked extension temporarily
// (BiDi webExtension.install) in a temporary profile, registers the native
// host for Firefox with `huntbook browser install` in a temporary HOME
// (~/.mozilla/native-messaging-hosts, allowed_extensions), opens a job page
// served from 127.0.0.1, saves the job from the popup, checks it with the
// CLI, and checks that a second look says "Already saved" and that "Open in
// Huntbook" starts the window on it (recorded by the e2e build's host).
//
//   make build/bin/huntbook-e2e
//   cd frontend && xvfb-run -a node extension/e2e-firefox.mjs
//
// Environment: HUNTBOOK (default ../build/bin/huntbook-e2e), FIREFOX (default
// /usr/bin/firefox-esr), JOB_PAGE (an HTML file to serve instead of the
// built-in page).
//
// As in Chromium, activeTab is granted only by a person's click, so the
// test's copy of the extension also asks for http://127.0.0.1/* and opens
// popup.html?tab=ID in a tab. WebDriver BiDi refuses to navigate a tab to
// moz-extension:// itself, so the test clicks a link to it on the job page
// (its copy lists popup.html as web-accessible to 127.0.0.1 for that). The
// extension's internal UUID (its moz-extension:// host) is chosen by the test
// through the extensions.webextensions.uuids preference.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { bigHTML, checkSavedByCLI, serve } from './e2e-pages.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const huntbook = resolve(process.env.HUNTBOOK ?? join(here, '..', '..', 'build', 'bin', 'huntbook-e2e'));
const GECKO_ID = 'huntbook@huntbook.app';
const uuid = randomUUID();
const extBase = `moz-extension://${uuid}`;

let failed = 0;
function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  if (!ok) failed++;
}

const tmp = mkdtempSync(join(tmpdir(), 'huntbook-ext-ff-'));
const home = join(tmp, 'home');
const dataDir = join(tmp, 'data');
const profile = join(tmp, 'profile');
const ext = join(tmp, 'extension');
const opens = join(tmp, 'opens.jsonl');
const env = { ...process.env, HOME: home, HUNTBOOK_E2E_OPEN_RECORD: opens };
const cli = (...args) => execFileSync(huntbook, ['--data-dir', dataDir, ...args], { encoding: 'utf8', env });
const recordedOpens = () =>
  existsSync(opens)
    ? readFileSync(opens, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
    : [];

// The packaged files only (what build.mjs ships), plus the test's host permission.
mkdirSync(ext, { recursive: true });
for (const f of ['manifest.json', 'background.js', 'popup.html', 'popup.js', 'popup.css', 'icon.png']) {
  copyFileSync(join(here, f), join(ext, f));
}
const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
manifest.host_permissions = ['http://127.0.0.1/*'];
// WebDriver BiDi may not navigate a tab to moz-extension:// itself; the job
// page opens the popup through a link instead, which Firefox allows for a
// web-accessible resource.
manifest.web_accessible_resources = [{ resources: ['popup.html'], matches: ['http://127.0.0.1/*'] }];
writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));
mkdirSync(join(home, '.mozilla'), { recursive: true }); // Firefox is "found" for this user
mkdirSync(profile, { recursive: true });

const { server, base } = await serve();

let browser;
const outside = [];
let watched = 0;
const watch = (page) =>
  page.on('request', (r) => {
    watched++;
    const u = new URL(r.url());
    if (u.protocol !== 'moz-extension:' && u.hostname !== '127.0.0.1') outside.push(r.url());
  });
try {
  const installed = cli('browser', 'install');
  const hostManifest = join(home, '.mozilla', 'native-messaging-hosts', 'app.huntbook.host.json');
  const allowed = existsSync(hostManifest) ? JSON.parse(readFileSync(hostManifest, 'utf8')).allowed_extensions : null;
  check(
    'host registered for Firefox, allowing only Huntbook',
    JSON.stringify(allowed) === JSON.stringify([GECKO_ID]),
    `${installed.trim()} ${JSON.stringify(allowed)}`,
  );

  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: false,
    userDataDir: profile,
    env, // Firefox finds the host under $HOME, and the host inherits the record path
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    },
  });
  const id = await browser.installExtension(ext);
  check('extension installed with its gecko id', id === GECKO_ID, id);

  const job = await browser.newPage();
  watch(job);
  job.setDefaultTimeout(15_000);
  await job.goto(`${base}/jobs/platform-engineer?utm_source=newsletter`);

  // An extension page that finds the tab ids (the popup has the tabs API).
  // gotoExtension opens an extension page from the job page, through a link.
  const gotoExtension = async (url) => {
    await job.evaluate((href) => {
      const a = document.createElement('a');
      a.id = 'hb-open';
      a.href = href;
      a.target = '_blank';
      a.textContent = 'open';
      document.body.prepend(a);
    }, url);
    // Firefox reports the new tab's moz-extension:// address as about:blank,
    // so the page is found as the tab the click opened, then checked from inside.
    const before = new Set(await browser.pages());
    const target = browser.waitForTarget(async (t) => t.type() === 'page' && !before.has(await t.page()));
    await job.click('#hb-open');
    await job.evaluate(() => document.getElementById('hb-open').remove());
    const page = await (await target).page();
    await page.waitForFunction((u) => location.href === u, {}, url);
    page.setDefaultTimeout(15_000);
    watch(page);
    return page;
  };
  const helper = await gotoExtension(`${extBase}/popup.html?tab=-1`);
  const tabOf = (prefix) =>
    helper.evaluate(async (p) => (await chrome.tabs.query({})).find((t) => (t.url || '').startsWith(p))?.id, prefix);
  // Updating an item that does not exist fails: this proves the background
  // script ran in Firefox (an event page there, not a service worker).
  const menu = await helper.evaluate(() =>
    chrome.contextMenus.update('save-to-huntbook', {}).then(
      () => 'ok',
      (err) => err.message,
    ),
  );
  check('the background script made the "Save to Huntbook" menu item', menu === 'ok', menu);
  let tabId = await tabOf(`${base}/jobs/`);
  check('job page open in a tab', typeof tabId === 'number', String(tabId));

  const openPopup = async (wait = '#form:not([hidden])') => {
    const p = await gotoExtension(`${extBase}/popup.html?tab=${tabId}`);
    try {
      await p.waitForSelector(wait);
    } catch (err) {
      throw new Error(
        `popup: ${err.message}; it says ${JSON.stringify(await p.$eval('#status', (e) => e.textContent))}`,
      );
    }
    return p;
  };
  const value = (p, sel) => p.$eval(sel, (e) => e.value);
  const text = (p, sel) => p.$eval(sel, (e) => e.textContent);
  const visible = (p, sel) => p.$eval(sel, (e) => !e.hidden && e.getClientRects().length > 0);
  const setValue = async (p, sel, v) => {
    await p.$eval(sel, (e) => (e.value = ''));
    await p.type(sel, v);
  };

  let popup = await openPopup();
  const title = await value(popup, '#title');
  check('popup shows the title read from the page', title.length > 0, title);
  if (!(await value(popup, '#company'))) await setValue(popup, '#company', 'ABC Company Inc.');
  await setValue(popup, '#location', `${await value(popup, '#location')} (corrected)`);
  check('stage defaults to Wishlist', (await value(popup, '#stage')) === 'Wishlist');
  const t0 = performance.now();
  await popup.click('#save');
  await popup.waitForFunction(
    () => !/^(Saving…|Check the details, then save\.)$/.test(document.querySelector('#status')?.textContent),
  );
  const clickToSaved = performance.now() - t0;
  const said = await text(popup, '#status');
  check('the popup says it saved', said === 'Saved to Huntbook.', said);
  check('after saving it offers "Open in Huntbook"', await visible(popup, '#open'));
  const company = await value(popup, '#company');
  await popup.close();

  const saved = checkSavedByCLI({ cli, check, base, title, company });

  popup = await openPopup();
  const note = await text(popup, '#already');
  check('a second look says "Already saved"', (await visible(popup, '#already')) && /^Already saved/.test(note), note);
  check('save is off when already saved', await popup.$eval('#save', (e) => e.disabled));
  check(
    '"Already saved" offers "Open in Huntbook"',
    (await visible(popup, '#open')) && (await text(popup, '#open')) === 'Open in Huntbook',
  );
  await popup.click('#open');
  await popup.waitForFunction(() => /Opened|error|not/i.test(document.querySelector('#status')?.textContent ?? ''));
  const opened = await text(popup, '#status');
  check('the popup says it opened Huntbook', opened === 'Opened in Huntbook.', opened);
  const want = [realpathSync(huntbook), '--data-dir', dataDir, '--open-application', String(saved?.id)];
  const got = recordedOpens();
  check(
    '"Open in Huntbook" starts the window on that application',
    got.length === 1 && JSON.stringify(got[0]) === JSON.stringify(want),
    JSON.stringify(got),
  );
  await popup.close();
  check('the CLI still sees one application', JSON.parse(cli('app', 'list', '--json')).total === 1);

  // A page over the host's 1 MB limit is shrunk by the popup, not refused.
  const big = await browser.newPage();
  watch(big);
  await big.goto(`${base}/big/sre`);
  check('the big page is over 1 MB', bigHTML.length > 1_200_000, `${bigHTML.length} bytes`);
  tabId = await tabOf(`${base}/big/`);
  popup = await openPopup();
  const bigTitle = await value(popup, '#title');
  check(
    'a page over 1 MB is read',
    bigTitle === 'Site Reliability Engineer',
    bigTitle || (await text(popup, '#status')),
  );
  await popup.close();

  // Without the host registered, the popup says how to connect it.
  cli('browser', 'uninstall');
  popup = await openPopup('#status.error');
  const said2 = await text(popup, '#status');
  check('without the host it says to run huntbook browser install', /huntbook browser install/.test(said2), said2);
  await popup.close();

  check(
    'no request left 127.0.0.1',
    watched > 0 && outside.length === 0,
    `${watched} requests seen; outside: ${outside.join(' ')}`,
  );
  console.log(`figure: click-to-saved through the native host (Firefox) ${clickToSaved.toFixed(0)} ms`);
} catch (err) {
  check('run', false, err.stack || String(err));
} finally {
  await browser?.close();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
}
console.log(failed ? `extension e2e (Firefox): ${failed} check(s) failed` : 'extension e2e (Firefox): all passed');
process.exit(failed ? 1 : 0);
