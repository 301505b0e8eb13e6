// Scenario: the board (issue 3). On an empty database: quick-add "Hooli,
// Platform Engineer" in the Wishlist lane, move it to Applied with the
// keyboard (dnd-kit's keyboard sensor: Space, ArrowRight, Space), then drag it
// to Screening with pointer events (dnd-kit's pointer sensor). The Go runner
// then checks through the CLI that it is in Screening and that its timeline
// has both moves. Screenshots: board-light, board-dark.
E2E.run(async (t) => {
  const laneOf = (name) => Array.from(document.querySelectorAll('[data-lane]')).find((r) => t.textOf(r.querySelector('h3')) === name);
  const card = () => t.byRole('button', /^Hooli\s*Platform Engineer/)[0] || null;
  const cardLane = () => {
    const c = card();
    const lane = c && c.closest('[data-lane]');
    return lane ? t.textOf(lane.querySelector('h3')) : '';
  };
  const key = (el, code, k) => {
    for (const type of ['keydown', 'keyup']) {
      el.dispatchEvent(new KeyboardEvent(type, { key: k, code, bubbles: true, cancelable: true }));
    }
  };

  const nav = await t.waitFor(
    () => Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button'))
      .find((el) => t.visible(el) && t.textOf(el) === 'Board'),
    'navigation item "Board"', 20000);
  await t.click(nav);
  await t.findRole('heading', 'Board');
  await t.waitFor(() => laneOf('Wishlist'), 'the Wishlist lane');
  t.assert(t.byRole('heading').filter((h) => h.tagName === 'H3').length >= 5, 'a lane per default stage');

  // Quick add in the Wishlist lane.
  await t.click('button', 'Add to Wishlist');
  await t.type(await t.findLabel('Company'), 'Hooli');
  await t.type(await t.findLabel('Job title'), 'Platform Engineer');
  await t.click('button', 'Add');
  await t.waitFor(card, 'the Hooli card');
  t.assert(cardLane() === 'Wishlist', 'the quick-added card is in Wishlist');

  // Keyboard: pick up, one lane right, drop.
  const c1 = card();
  c1.focus();
  key(c1, 'Space', ' ');
  await t.sleep(150); // the sensor starts listening on the next tick
  key(document.activeElement || document.body, 'ArrowRight', 'ArrowRight');
  await t.sleep(300);
  key(document.activeElement || document.body, 'Space', ' ');
  await t.waitFor(() => cardLane() === 'Applied', 'the card in Applied after the keyboard move');
  t.assert(true, 'keyboard move: Wishlist -> Applied');
  await t.sleep(300); // let the backend call and the reload land

  // Pointer: drag the card to the middle of the Screening lane.
  const c2 = card();
  const from = c2.getBoundingClientRect();
  const target = laneOf('Screening').getBoundingClientRect();
  const x0 = from.left + 20;
  const y0 = from.top + 20;
  const x1 = target.left + target.width / 2;
  const y1 = target.top + target.height / 2;
  const opts = (x, y) => ({ bubbles: true, cancelable: true, clientX: x, clientY: y, pointerId: 1, isPrimary: true, button: 0, buttons: 1, pointerType: 'mouse' });
  c2.dispatchEvent(new PointerEvent('pointerdown', opts(x0, y0)));
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const x = x0 + ((x1 - x0) * i) / steps;
    const y = y0 + ((y1 - y0) * i) / steps;
    document.dispatchEvent(new PointerEvent('pointermove', opts(x, y)));
    await new Promise((r) => requestAnimationFrame(r));
  }
  await t.sleep(100);
  document.dispatchEvent(new PointerEvent('pointerup', { ...opts(x1, y1), buttons: 0 }));
  await t.waitFor(() => cardLane() === 'Screening', 'the card in Screening after the pointer drag');
  t.assert(true, 'pointer drag: Applied -> Screening');
  await t.sleep(500);

  // A second card, closed, to show the faded look in the screenshots.
  await t.click('button', 'Add to Applied');
  await t.type(await t.findLabel('Company'), 'Initech');
  await t.type(await t.findLabel('Job title'), 'TPS Report Analyst');
  await t.click('button', 'Add');
  await t.waitFor(() => t.byRole('button', /^Initech\s*TPS Report Analyst/)[0], 'the Initech card');
  await t.click('button', 'Move Initech, TPS Report Analyst to…');
  await t.click(await t.findRole('menuitem', 'Rejected'));
  await t.waitFor(() => t.byRole('button', /^Initech\s*TPS Report Analyst.*Rejected/)[0], 'the Initech card marked rejected');
  await t.sleep(300);
  await t.shot('board-light');

  // Dark: the scheme Mantine applies from the theme preference.
  document.documentElement.setAttribute('data-mantine-color-scheme', 'dark');
  await t.sleep(200);
  await t.shot('board-dark');
  document.documentElement.setAttribute('data-mantine-color-scheme', 'light');
});
