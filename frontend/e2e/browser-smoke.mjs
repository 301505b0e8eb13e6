// Browser smoke test of the Applications screen against a REAL backend.
//
// It drives Chromium (playwright-core, no browser download) at a Wails dev
// server, whose page talks to the Go services over its WebSocket IPC:
//
//   go build -tags dev,webkit2_41,sqlite_fts5 -o /tmp/huntbook-dev .
//   (cd frontend && npm run build)
//   D=$(mktemp -d); assetdir=$PWD/frontend/dist devserver=localhost:34115 \
//     XDG_DATA_HOME=$D XDG_CONFIG_HOME=$D XDG_CACHE_HOME=$D xvfb-run -a /tmp/huntbook-dev &
//   (cd frontend && npm run e2e:browser)
//
// The database must start empty. Exits 0 when every step passed, 1 otherwise.
// Environment: HUNTBOOK_URL (default http://localhost:34115), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';

const url = process.env.HUNTBOOK_URL ?? 'http://localhost:34115/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
page.setDefaultTimeout(15_000);
const remote = [];
page.on('request', (r) => {
  const u = new URL(r.url());
  if (!['localhost', '127.0.0.1'].includes(u.hostname) && u.protocol !== 'data:') remote.push(r.url());
});

let failed = 0;
function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  if (!ok) failed++;
}
const rows = () => page.locator('table[aria-label="Applications"] tr[data-app-id]');

try {
  await page.goto(url);
  await page.getByText(/Huntbook keeps your job search on your computer/).waitFor();
  check('first run shows the empty state', true);

  await page.keyboard.press('Control+n');
  await page.getByRole('dialog').waitFor();
  check(
    'Ctrl+N opens the form with Company focused',
    (await page.evaluate(() => document.activeElement?.labels?.[0]?.textContent)) === 'Company',
  );

  await page.getByRole('button', { name: 'Save application' }).click();
  check('client validation names the missing company', await page.getByText('Company is required').isVisible());

  await page.getByLabel('Company', { exact: true }).fill('ACME, Inc.');
  await page.getByLabel('Job title', { exact: true }).fill('Senior Go Engineer');
  await page.getByLabel('Job URL', { exact: true }).fill('https://jobs.example.com/42');
  await page.getByLabel('Date applied', { exact: true }).fill('2025-02-03');
  await page.getByLabel('Tags', { exact: true }).fill('golang, remote');
  await page.getByLabel('Job description', { exact: true }).fill('Build things in Go.');
  await page.getByLabel('Location', { exact: true }).fill('x'.repeat(501));
  await page.getByRole('button', { name: 'Save application' }).click();
  const serverError = page.getByText(/location is too long/);
  await serverError.waitFor().catch(() => {});
  check('a server validation error lands under its field', await serverError.isVisible());

  await page.getByLabel('Location', { exact: true }).fill('Berlin');
  await page.getByLabel('Location', { exact: true }).press('Enter');
  await rows().first().waitFor();
  check(
    'saved by Enter; the new row is listed',
    (await rows().count()) === 1,
    (await rows().first().innerText()).replace(/\s+/g, ' '),
  );

  await page.getByRole('button', { name: 'Add application' }).click();
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await page.getByLabel('Job title', { exact: true }).fill('senior go engineer');
  await page.getByRole('status').waitFor();
  check('duplicate warning while typing', (await page.getByRole('status').innerText()).includes('ACME, Inc.'));
  await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Applied' });
  await page.getByRole('button', { name: 'Save application' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await rows().nth(1).waitFor();
  check('the warning does not block saving', (await rows().count()) === 2);

  await page.keyboard.press('/');
  check(
    '"/" focuses the search box',
    (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === 'Search applications',
  );
  await page.keyboard.type('zzzz');
  await page.getByText(/No applications match/).waitFor();
  check('search narrows the list', (await rows().count()) === 0);
  await page.getByLabel('Search applications').fill('');
  await rows().nth(1).waitFor();

  const stageHeader = page.getByRole('columnheader', { name: /Stage/ });
  await stageHeader.getByRole('button').click();
  await page.waitForFunction(() => document.querySelector('th[aria-sort="ascending"]'));
  const stagesAsc = await page.locator('tr[data-app-id] td:nth-child(3)').allInnerTexts();
  check('sort by stage follows the pipeline order', stagesAsc.join() === 'Wishlist,Applied', stagesAsc.join());

  await page.getByLabel('Filter by stage').selectOption({ label: 'Applied' });
  await page.waitForFunction(() => document.querySelectorAll('tr[data-app-id]').length === 1);
  check('stage filter', (await rows().count()) === 1);
} catch (e) {
  check('scenario finished', false, e instanceof Error ? e.message.split('\n')[0] : String(e));
}
check('no request left the machine', remote.length === 0, remote.join(' '));
await browser.close();
process.exit(failed === 0 ? 0 : 1);
