// Scenario: Insights and the follow-up nudges (issue 14), on a search of
// three months written before start-up (setupInsights): the start-up nudge
// turns the one silent application into a follow-up that the day's reminder
// summary names; Insights' period picker changes every figure; the weekly
// goal shows this week and the streak; a stat never wraps; the theme chosen
// in the command palette shows in Settings at once. Screenshots at 1920x1080
// and 1024x700, light and dark. The Go runner then checks the database.
E2E.run(async (t) => {
  const nav = async (name) => {
    const item = await t.waitFor(
      () => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
        .find((el) => t.visible(el) && t.textOf(el).replace(/soon$/, '').trim() === name),
      `navigation item "${name}"`);
    await t.click(item);
    await t.findRole('heading', name);
  };
  const palette = async (query) => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', code: 'KeyK', ctrlKey: true, bubbles: true }));
    await t.type(await t.findLabel('Command palette'), query);
  };
  const scheme = () => document.documentElement.getAttribute('data-mantine-color-scheme');
  const charts = async () => {
    await t.findRole('figure', 'Funnel');
    await t.waitFor(() => document.querySelector('[aria-label="How applications flowed"] svg path'), 'the Sankey bands');
    await t.waitFor(() => document.querySelector('[aria-label="Applications per week"] .recharts-bar-rectangle'), 'the weekly bars');
    await t.sleep(400); // chart animations
  };
  // The stat's value is one line: its box is no taller than one line of its text.
  const oneLine = (label) => {
    const el = document.querySelector(`[aria-label^="${label}: "]`);
    t.assert(!!el, `the ${label} figure`);
    const lh = parseFloat(getComputedStyle(el).lineHeight);
    t.assert(el.getBoundingClientRect().height < lh * 1.5 && el.scrollWidth <= el.clientWidth + 1,
      `"${t.textOf(el)}" is on one line and not cut (${Math.round(el.getBoundingClientRect().height)} px high, line ${lh} px)`);
  };

  await t.resize(1920, 1080);
  await t.findRole('button', 'Add application', 20000);

  // The start-up nudge: one follow-up for the silent application, named by the day's summary.
  const summary = await t.waitFor(() => t.byText(/^1 follow-up due$/)[0], 'the reminders summary', 20000);
  const notice = summary.closest('.mantine-Notification-root') || summary.parentElement.parentElement;
  await t.waitFor(() => t.textOf(notice).includes('Follow up: Data Engineer at Quiet Corp (no news for 7 days)'),
    'the nudge named in the summary');
  await t.sleep(600); // past the notice's entrance
  await t.shot('nudge-summary-light');
  await t.click('button', 'Open Follow-ups');
  await t.findRole('heading', 'Follow-ups');
  const due = await t.findRole('list', 'Due today and overdue');
  await t.waitFor(() => t.textOf(due).includes('Follow up: Data Engineer at Quiet Corp (no news for 7 days)'), 'the nudge in the due list');
  t.assert(!t.textOf(due).includes('Tyrell'), 'an application touched yesterday is not nudged');
  for (const b of document.querySelectorAll('.mantine-Notification-closeButton')) b.click();

  // Insights over 12 weeks: all 14 applications; over 8 weeks, the 4 sent earlier drop out of every figure.
  await nav('Insights');
  await t.waitFor(() => document.querySelector('[aria-label="Applications: 14"]'), 'the 14 applications of 12 weeks');
  await charts();
  const goal = await t.findRole('figure', 'Weekly goal');
  await t.waitFor(() => / of 3 this week/.test(t.textOf(goal)), 'this week against the goal of 3');
  t.assert(/in a row|No streak yet/.test(t.textOf(goal)), `the streak is stated: ${t.textOf(goal)}`);
  const sent12 = t.textOf(document.querySelector('[aria-label^="Sent: "]'));
  const rate12 = t.textOf(document.querySelector('[aria-label^="Response rate: "]'));
  oneLine('First response');
  await t.shot('insights-1920-light');
  const period = await t.findLabel('Period');
  period.value = '8';
  period.dispatchEvent(new Event('change', { bubbles: true }));
  await t.waitFor(() => document.querySelector('[aria-label="Applications: 10"]'), 'the 10 applications of 8 weeks');
  const sent8 = t.textOf(document.querySelector('[aria-label^="Sent: "]'));
  t.assert(sent8 !== sent12, `Sent follows the period (${sent12} -> ${sent8})`);
  t.say(`response rate: 12 weeks ${rate12}, 8 weeks ${t.textOf(document.querySelector('[aria-label^="Response rate: "]'))}`);
  t.assert(/since .*: 10 of the 14 you track/.test(t.textOf(t.byText(/^Every figure counts/)[0])), 'the note names the period');
  period.value = '12';
  period.dispatchEvent(new Event('change', { bubbles: true }));
  await t.waitFor(() => document.querySelector('[aria-label="Applications: 14"]'), 'back to 12 weeks');

  // The theme from the palette shows in Settings at once, without a reload.
  await nav('Settings');
  await t.findText('Follow-ups and goals');
  t.assert(t.byLabel('System')[0].checked, 'Settings starts on the system theme');
  await palette('dark');
  await t.click(await t.findRole('button', /Switch to dark theme/));
  await t.waitFor(() => scheme() === 'dark', 'the dark theme');
  await t.waitFor(() => t.byLabel('Dark')[0] && t.byLabel('Dark')[0].checked, 'Settings showing Dark at once');
  t.assert(t.byLabel(/Nudge me after 7 days of silence/)[0].checked, 'the nudge setting is on');
  t.assert(t.byLabel('Weekly goal')[0].value === '3', 'the weekly goal reads 3');
  await t.sleep(300);
  await t.shot('settings-1920-dark');
  await nav('Insights');
  await charts();
  await t.shot('insights-1920-dark');

  // The smallest window: one line per figure, in both themes.
  await t.resize(1024, 700);
  await charts();
  oneLine('First response');
  oneLine('Response rate');
  await t.shot('insights-1024-dark');
  await palette('light');
  await t.click(await t.findRole('button', /Switch to light theme/));
  await t.waitFor(() => scheme() === 'light', 'the light theme');
  await t.gone(() => t.byRole('dialog').length, 'the palette');
  await t.sleep(400);
  await t.shot('insights-1024-light');
  window.scrollTo(0, document.body.scrollHeight);
  const main = document.querySelector('main');
  if (main) main.scrollTop = main.scrollHeight;
  await t.sleep(300);
  await t.shot('insights-1024-light-bottom');
  await nav('Settings');
  await t.findText('Follow-ups and goals');
  t.byLabel('Weekly goal')[0].scrollIntoView({ block: 'center' });
  await t.sleep(300);
  await t.shot('settings-1024-light');
});
