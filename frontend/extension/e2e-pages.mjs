// The job pages both extension end-to-end tests (e2e.mjs in Chromium,
// e2e-firefox.mjs in Firefox) open, and the 127.0.0.1 server that serves them.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

export const builtinPage = `<!doctype html><html><head><meta charset="utf-8"><title>Platform Engineer – Northwind Traders</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Platform Engineer",
"hiringOrganization":{"@type":"Organization","name":"Northwind Traders"},
"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Lisbon","addressCountry":"PT"}},
"baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":55000,"maxValue":70000,"unitText":"YEAR"}},
"datePosted":"2026-11-20","description":"<p>Run our <b>Kubernetes</b> platform.</p><ul><li>Go</li><li>Terraform</li></ul>"}</script>
</head><body><h1>Platform Engineer</h1><p>Northwind Traders · Lisbon</p><p>Run our Kubernetes platform.</p></body></html>`;

// pageHTML is the job page under /jobs/: JOB_PAGE (an HTML file) when set.
export const pageHTML = process.env.JOB_PAGE ? readFileSync(process.env.JOB_PAGE, 'utf8') : builtinPage;

// bigHTML is a 1.2 MB page under /big/, like a saved LinkedIn page: styles and
// app scripts around the job.
const bulk = (n) =>
  Array.from({ length: n }, (_, i) => `.c${i}{color:#${(i % 4096).toString(16).padStart(3, '0')}}`).join('\n');
export const bigHTML = builtinPage
  .replace(
    '</head>',
    `<style>${bulk(30000)}</style><script>window.app=${JSON.stringify({ blob: bulk(30000) })}</script></head>`,
  )
  .replaceAll('Platform Engineer', 'Site Reliability Engineer');

// serve starts the page server on 127.0.0.1 and resolves with it and its base URL.
export async function serve() {
  const server = createServer((req, res) => {
    const body = req.url.startsWith('/jobs/') ? pageHTML : req.url.startsWith('/big/') ? bigHTML : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/**
 * checkSavedByCLI checks through the CLI what the first save stored: one
 * application with the popup's corrected fields, the page link, the
 * description as text and (on the built-in page) the salary in cents. It
 * returns the saved application as `app list --json` gives it.
 */
export function checkSavedByCLI({ cli, check, base, title, company }) {
  const list = JSON.parse(cli('app', 'list', '--json'));
  const saved = list.items?.[0];
  check('the CLI sees one application', list.total === 1, `total ${list.total}`);
  check(
    'saved with the corrected fields',
    saved?.title === title &&
      saved?.company === company &&
      /\(corrected\)$/.test(saved?.location ?? '') &&
      saved?.stage === 'Wishlist',
    JSON.stringify(saved),
  );
  check('saved with the page link', (saved?.url ?? '').startsWith(base), saved?.url);
  const detail = saved ? JSON.parse(cli('app', 'show', String(saved.id), '--json')) : {};
  const desc = detail.application?.description ?? '';
  check(
    'description saved as text, not HTML',
    desc.length > 0 && !/<[a-z]/i.test(desc),
    JSON.stringify(desc.slice(0, 60)),
  );
  if (!process.env.JOB_PAGE) {
    check(
      'salary saved in cents, as read',
      saved?.salary?.min === 5500000 &&
        saved?.salary?.max === 7000000 &&
        saved?.salary?.currency === 'EUR' &&
        saved?.salary?.period === 'year',
      JSON.stringify(saved?.salary),
    );
  }
  return saved;
}
