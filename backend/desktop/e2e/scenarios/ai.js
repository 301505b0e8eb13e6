// Scenario: AI assistance (issue 5), against the OpenAI-compatible fake the
// Go runner starts (backend/llm/llmtest, slow SSE chunks) and registers as
// provider "Fake" through the CLI before the app opens. Adds an application
// with a job description (bound call), opens its AI tab: the offline match
// shows; Run asks to confirm the exact request (first run on a provider);
// the cover letter streams in and is cancelled mid-way, the partial draft is
// kept and listed; a second run completes without asking again; the draft is
// edited (version 2) and compared with version 1. Then the AI settings view
// (provider test, ledger). The runner checks the drafts in the database.
// Screenshots: ai-preview-light, ai-panel-light, ai-match-light, ai-compare-light,
// ai-panel-dark, ai-providers-light, ai-providers-dark, ai-ledger-light.
E2E.run(async (t) => {
  const svc = window.go.service;
  const stages = await svc.Pipeline.Stages();
  await svc.Applications.Create({
    id: 0, company: 'Acme Robotics', title: 'Backend Engineer', location: 'Berlin', remote: '', source: '', url: '', dateApplied: '',
    deadline: '', followUp: '', priority: 0, tags: [], outcome: 'open', stageId: stages[0].id,
    salary: { min: 0, max: 0, currency: '', period: '' },
    description: 'We are looking for a Backend Engineer with 3+ years of experience in Go and PostgreSQL. ' +
      'You know Docker and Kubernetes. Nice to have: Terraform. Fluent English required. Based in Berlin.',
  });
  t.say('application created through the bound method');
  // A profile to match with (an empty one gives no score; the unit tests cover that).
  await svc.Profile.SaveMaster({
    basics: { name: 'Sam Park', label: 'Backend engineer', summary: 'Backend engineer in Berlin.' },
    work: [{ name: 'Globex', position: 'Backend Engineer', startDate: '2019-01', highlights: ['Built Go services on PostgreSQL'] }],
    skills: [{ name: 'Backend', keywords: ['Go', 'PostgreSQL', 'Docker'] }],
  });

  await t.waitFor(() => t.rowWith('Applications', 'Acme Robotics'), 'the application in the list', 20000);
  await t.click('button', 'Acme Robotics');
  await t.waitFor(() => t.byRole('heading', 'Backend Engineer').length, 'the detail heading');
  await t.click(await t.findRole('tab', 'AI'));

  // The offline analyzer shows first, with no request made.
  const score = await t.waitFor(() => document.querySelector('[data-testid="ai-score"]'), 'the match score');
  t.assert(/\d+ \/ 100/.test(t.textOf(score)), `the offline match score shows (${t.textOf(score)})`);
  await t.findRole('list', 'Missing skills');
  const have = await t.findRole('list', 'Skills you have');
  t.assert(t.textOf(have).includes('Built Go services on PostgreSQL'), `each skill quotes its profile line (${t.textOf(have)})`);
  t.assert(/points/.test(t.textOf(document.querySelector('[data-testid="ai-score-why"]'))), 'the score explains itself');

  // First run on this provider: the exact request must be confirmed.
  await t.click('button', 'Run');
  const send = await t.findRole('button', 'Send to Fake');
  const body = await t.waitFor(() => document.querySelector('[aria-label="Exact request body"]'), 'the exact request body');
  t.assert(t.textOf(body).includes('"stream":true') || t.textOf(body).includes('"messages"'), 'the preview shows the JSON request body');
  t.assert(t.textOf(body).includes('Acme Robotics'), 'the request carries the job');
  const ledgerBefore = await svc.Assistant.Ledger(0);
  t.assert((ledgerBefore || []).length === 0, 'nothing was sent before confirming');
  await t.sleep(400); // the modal's transition
  await t.shot('ai-preview-light');
  await t.click(send);

  // It streams: the text grows while the run is going.
  const stream = await t.waitFor(() => document.querySelector('[data-testid="ai-stream"]'), 'the first streamed words', 15000);
  const first = t.textOf(stream).length;
  await t.waitFor(() => {
    const s = document.querySelector('[data-testid="ai-stream"]');
    return s && t.textOf(s).length > first + 20;
  }, 'more text to stream in');
  t.assert(document.querySelector('[data-testid="ai-output"]').getAttribute('data-status') === 'running', 'the run is still going while text arrives');
  await t.click('button', 'Cancel');
  await t.waitFor(() => document.querySelector('[data-testid="ai-output"][data-status="cancelled"]'), 'the run to stop as cancelled');
  const kept = t.textOf(document.querySelector('[data-testid="ai-stream"]'));
  t.assert(kept.startsWith('Dear Hiring Team'), 'what arrived before the cancel is still shown');
  t.assert(!kept.includes('Kind regards'), 'the cancelled text stops before the end of the letter');
  await t.waitFor(() => t.byRole('button', 'Open draft 1: Cover letter (partial)').length, 'the partial draft in the list');

  // Second run: no confirmation this time, and it completes.
  await t.click('button', 'Run');
  await t.waitFor(() => document.querySelector('[data-testid="ai-output"][data-status="done"]'), 'the second run to finish', 40000);
  t.assert(t.byRole('button', 'Send to Fake').length === 0, 'no confirmation on the second run');
  t.assert(t.textOf(document.querySelector('[data-testid="ai-stream"]')).includes('Kind regards'), 'the whole letter arrived');
  await t.waitFor(() => t.byRole('button', 'Open draft 2: Cover letter').length, 'the complete draft in the list');
  await t.waitFor(() => document.querySelector('[data-testid="ai-draft"]'), 'the complete draft opened');
  await t.shot('ai-panel-light');
  document.querySelector('[aria-labelledby="ai-analysis-title"]').scrollIntoView({ block: 'start' });
  await t.sleep(200);
  await t.shot('ai-match-light');

  // Edit: a new version; compare it with the model's.
  await t.click('button', 'Edit');
  const box = await t.findLabel(/^Draft text/);
  await t.type(box, box.value.replace('Dear Hiring Team', 'Dear Ms Example') + '\n\nP.S. Portfolio attached.');
  await t.click('button', 'Save as new version');
  await t.waitFor(() => t.byText(/version 2$/).length, 'the draft at version 2');
  await t.click('button', 'Compare versions');
  const table = await t.findRole('table', 'Version 1 compared with version 2');
  t.assert(table.querySelector('[data-diff="changed"]') && t.textOf(table.querySelector('[data-diff="changed"]')).includes('Dear Ms Example'), 'the changed greeting is marked');
  t.assert(table.querySelector('[data-diff="added"]'), 'the added line is marked');
  table.scrollIntoView({ block: 'end' });
  await t.sleep(200);
  await t.shot('ai-compare-light');
  document.documentElement.setAttribute('data-mantine-color-scheme', 'dark');
  await t.sleep(200);
  await t.shot('ai-panel-dark');
  document.documentElement.setAttribute('data-mantine-color-scheme', 'light');

  // The AI settings view: the provider, its test, the ledger.
  await t.click('button', 'Close application');
  const navItem = await t.waitFor(() => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
    .find((el) => t.visible(el) && t.textOf(el) === 'AI settings'), 'the AI settings navigation item');
  await t.click(navItem);
  await t.findRole('heading', 'AI settings');
  await t.findText('Fake');
  await t.click('button', 'Test this model');
  await t.waitFor(() => document.querySelector('[data-testid="probe-report"]'), 'the probe report', 40000);
  await t.findText('Cover letters, interview prep, emails');
  await t.findText('What the test did');
  await t.shot('ai-providers-light');
  document.documentElement.setAttribute('data-mantine-color-scheme', 'dark');
  await t.sleep(200);
  await t.shot('ai-providers-dark');
  document.documentElement.setAttribute('data-mantine-color-scheme', 'light');
  await t.click(await t.findRole('tab', 'Request ledger'));
  await t.waitFor(() => t.rows('Request ledger').length >= 2, 'the ledger rows');
  t.assert(t.rowWith('Request ledger', 'Cover letter'), 'the cover letter requests are in the ledger');
  await t.shot('ai-ledger-light');
});
