// Speed figures (make bench-ui, not make test): run by TestPerf on a
// database of 10,000 applications (2,000 open) imported through the CLI.
// Everything is timed inside the real WebKitGTK window with performance.now()
// and "painted" means two animation frames after the DOM shows the result.
// Prints lines starting with "perf:"; asserts only that the UI shows the data.
E2E.run(async (t) => {
  const now = () => performance.now();
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const painted = async () => {
    await frame();
    await frame();
  };
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
  };
  const ms = (x) => `${x.toFixed(1)} ms`;
  const until = async (cond, what, limit = 20000) => {
    const end = now() + limit;
    while (!cond()) {
      if (now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  // Rows whose page is still loading have no data-app-id (nor a button).
  const dataRows = () => t.rows('Applications').filter((r) => r.hasAttribute('data-app-id'));
  const firstCompany = () => {
    const row = t.rows('Applications')[0];
    const button = row && row.querySelector('button');
    return button ? button.textContent.trim() : '';
  };
  const nav = (name) =>
    Array.from(document.querySelectorAll('[aria-label="Main"] a, [aria-label="Main"] button')).find(
      (el) => t.visible(el) && t.textOf(el) === name,
    );
  const svc = window.go.service;

  // Reference: how fast this machine runs plain script (a JIT-compiled loop
  // and object churn), to compare the figures below with other machines.
  {
    const t0 = now();
    let acc = 0;
    for (let i = 0; i < 2e7; i++) acc = (acc + i * 31) % 1000003;
    const loop = now() - t0;
    const t1 = now();
    let objs = [];
    for (let i = 0; i < 3e5; i++) objs.push({ id: i, name: 'x' + i, tags: [i % 7] });
    objs = objs.filter((o) => o.tags[0] === 3).map((o) => ({ ...o, n: o.name.length }));
    const churn = now() - t1;
    t.say(`perf: reference, script speed: 2e7-step loop ${ms(loop)}, 3e5 objects made and mapped ${ms(churn)} (${acc % 10}${objs.length % 10})`);
  }

  await t.findRole('table', 'Applications', 30000);
  await t.findText('10000 applications', 30000);
  t.say('the list shows 10000 applications');

  // 1. Helpers for timing the bound calls alone (at the end).
  const query = { search: '', stageIds: [], stage: '', outcomes: [], tag: '', appliedFrom: '', appliedTo: '', sort: 'updated', desc: true, limit: 0, offset: 0 };
  const timeCall = async (what, f, check) => {
    const calls = [];
    for (let i = 0; i < 5; i++) {
      const t0 = now();
      const r = await f();
      calls.push(now() - t0);
      t.assert(check(r), what);
    }
    t.say(`perf: ${what}: median ${ms(median(calls))} of 5`);
  };

  // 2. List: click a sort header, time until the re-sorted rows are painted
  //    (bound call + normalise + render + paint).
  //    The bound call is wrapped to split the figure: call answered, rows in
  //    the DOM, painted.
  const listTimes = [];
  const parts = { answered: [], dom: [] };
  const realList = svc.Applications.List;
  let answeredAt = 0;
  svc.Applications.List = async (...a) => {
    const r = await realList(...a);
    answeredAt = now();
    return r;
  };
  for (let i = 0; i < 6; i++) {
    const header = t.byRole('columnheader').find((h) => /Company/.test(t.textOf(h))).querySelector('button');
    const before = firstCompany();
    const t0 = now();
    header.click();
    await until(() => firstCompany() !== before && firstCompany() !== '', 'the list to re-sort');
    parts.dom.push(now() - t0);
    parts.answered.push(answeredAt - t0);
    await painted();
    listTimes.push(now() - t0);
  }
  svc.Applications.List = realList;
  t.say(`perf: list of 10000 from bound call to painted (re-sort): median ${ms(median(listTimes))} of 6, max ${ms(Math.max(...listTimes))} (call answered at ${ms(median(parts.answered))}, rows in the DOM at ${ms(median(parts.dom))})`);

  // 2b. Scrolling: jump far down the list; time until the rows there (their
  //     page fetched on demand) are painted, and count the rows in the page.
  const table = await t.findRole('table', 'Applications');
  const scroller = table.parentElement;
  const jumps = [];
  for (const row of [5000, 7300, 9950, 2500, 120]) {
    const t0 = now();
    scroller.scrollTop = row * 41;
    scroller.dispatchEvent(new Event('scroll'));
    await until(() => {
      const shown = t.rows('Applications');
      return shown.length > 5 && shown.every((r) => r.hasAttribute('data-app-id')) &&
        Math.abs(Number(shown[0].getAttribute('aria-rowindex')) - row) < 40;
    }, `the rows around ${row}`);
    await painted();
    jumps.push(now() - t0);
  }
  t.say(`perf: list scroll jump to an unloaded part, to rows painted: median ${ms(median(jumps))} of 5, max ${ms(Math.max(...jumps))}; ${t.rows('Applications').length} rows in the page`);
  scroller.scrollTop = 0;
  scroller.dispatchEvent(new Event('scroll'));

  // 3. Search: the last keystroke of a term to the updated rows painted.
  //    The term but its last letter is typed first and its results awaited;
  //    then the timed keystroke narrows them to one row.
  const search = await t.findLabel('Search applications');
  const searchTimes = [];
  const searchParts = { asked: [], answered: [], dom: [] };
  const typeInto = (value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(search, value);
    search.dispatchEvent(new Event('input', { bubbles: true }));
  };
  for (const term of ['Company 10777', 'Company 13333', 'Company 15555', 'Company 17171', 'Company 19999']) {
    typeInto(term.slice(0, -1));
    await until(() => dataRows().length > 1 && firstCompany().startsWith(term.slice(0, -1)), `the rows for ${term.slice(0, -1)}`);
    await t.sleep(100);
    const t0 = now();
    let asked = 0;
    let answered = 0;
    svc.Applications.List = async (...a) => {
      asked = asked || now();
      const r = await realList(...a);
      answered = now();
      return r;
    };
    typeInto(term);
    await until(() => dataRows().length === 1 && firstCompany() === term, `the row for ${term}`);
    const dom = now();
    await painted();
    svc.Applications.List = realList;
    searchTimes.push(now() - t0);
    searchParts.asked.push(asked - t0);
    searchParts.answered.push(answered - t0);
    searchParts.dom.push(dom - t0);
  }
  t.say(`perf: search keystroke to updated results painted: median ${ms(median(searchTimes))} of 5, max ${ms(Math.max(...searchTimes))} (asked at ${ms(median(searchParts.asked))}, answered at ${ms(median(searchParts.answered))}, rows in the DOM at ${ms(median(searchParts.dom))})`);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(search, '');
  search.dispatchEvent(new Event('input', { bubbles: true }));
  await t.findText('10000 applications', 20000);

  t.say('perf: measure memory now');
  await t.sleep(4000); // the Go side reads PSS of every app process meanwhile

  // 4. Board: from the navigation click to the lanes painted with 2,000 open cards.
  const boardTimes = [];
  const realCards = svc.Applications.Cards;
  const boardParts = [];
  for (let i = 0; i < 4; i++) {
    const t0 = now();
    const part = { asked: 0, answered: 0, lane: 0 };
    svc.Applications.Cards = async (...a) => {
      part.asked = part.asked || now() - t0;
      const r = await realCards(...a);
      part.answered = part.answered || now() - t0;
      return r;
    };
    boardParts.push(part);
    nav('Board').click();
    await until(() => document.querySelector('[data-lane]') || document.querySelector('[aria-label="Loading the board"]'), 'the board view');
    part.lane = now() - t0;
    await until(() => {
      const h = Array.from(document.querySelectorAll('h2')).find((x) => x.textContent === 'Board');
      return h && h.parentElement.textContent.includes('2000 open applications') &&
        document.querySelectorAll('[data-lane] [data-app-id]').length > 10;
    }, 'the board with 2000 open applications');
    await painted();
    boardTimes.push(now() - t0);
    if (i < 3) {
      nav('Applications').click();
      await t.findText('10000 applications', 20000);
    }
  }
  svc.Applications.Cards = realCards;
  const part = (p) => `view shown at ${ms(p.lane)}, cards asked at ${ms(p.asked)}, answered at ${ms(p.answered)}`;
  t.say(`perf: board of 2000 open (10000 in all) from click to painted: median ${ms(median(boardTimes.slice(1)))} of 3 (first ${ms(boardTimes[0])}: ${part(boardParts[0])}; last: ${part(boardParts[3])})`);
  t.say(`perf: cards in the page: ${document.querySelectorAll('[data-lane] [data-app-id]').length} of 10000 (virtualised lanes)`);
  await t.shot('perf-board');

  // 5a. Reference: frame times of the idle board (no drag), what this
  //     display and renderer give at best.
  {
    const idle = [];
    let prev = now();
    for (let i = 0; i < 60; i++) {
      await frame();
      const tNow = now();
      idle.push(tNow - prev);
      prev = tNow;
    }
    const m = idle.reduce((a, b) => a + b, 0) / idle.length;
    t.say(`perf: idle frames on the board: mean ${ms(m)} (${(1000 / m).toFixed(0)} fps)`);
  }

  // 5b. Reference: a plain fixed box the size of a card moved along the same
  //     path every frame, without React or dnd-kit: what painting a moving
  //     box over the board costs in this renderer.
  {
    const box = document.createElement('div');
    box.style.cssText = 'position:fixed;left:0;top:0;width:220px;height:78px;background:var(--mantine-color-body);border:1px solid var(--mantine-primary-color-filled);border-radius:4px;pointer-events:none;z-index:1000';
    document.body.appendChild(box);
    const ls = Array.from(document.querySelectorAll('[data-lane]'));
    const a = ls[0].getBoundingClientRect();
    const b = ls[3].getBoundingClientRect();
    const plain = [];
    let prev = now();
    for (let i = 1; i <= 90; i++) {
      box.style.transform = `translate(${a.left + ((b.left - a.left) * i) / 90}px, ${a.top + 40 + (200 * i) / 90}px)`;
      await frame();
      const tNow = now();
      plain.push(tNow - prev);
      prev = tNow;
    }
    box.remove();
    const m = plain.reduce((x, y) => x + y, 0) / plain.length;
    t.say(`perf: reference, a plain box moved over the board every frame: mean ${ms(m)} (${(1000 / m).toFixed(0)} fps)`);
  }

  // 5. Drag: a card across three lanes with a pointer move every frame for
  //    about 1.5 s; frame times from requestAnimationFrame meanwhile.
  const lanes = Array.from(document.querySelectorAll('[data-lane]'));
  const cardBody = lanes[0].querySelector('[data-app-id] [role=button]');
  const from = cardBody.getBoundingClientRect();
  const to = lanes[3].getBoundingClientRect();
  const opts = (x, y, buttons = 1) => ({ bubbles: true, cancelable: true, clientX: x, clientY: y, pointerId: 1, isPrimary: true, button: 0, buttons, pointerType: 'mouse' });
  const x0 = from.left + 20;
  const y0 = from.top + 20;
  const x1 = to.left + to.width / 2;
  const y1 = to.top + 200;
  cardBody.dispatchEvent(new PointerEvent('pointerdown', opts(x0, y0)));
  const frames = [];
  let last = now();
  const steps = 90;
  for (let i = 1; i <= steps; i++) {
    document.dispatchEvent(new PointerEvent('pointermove', opts(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps)));
    await frame();
    const tNow = now();
    frames.push(tNow - last);
    last = tNow;
  }
  // Cancel rather than drop: the figure is about the drag, not the move.
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }));
  document.dispatchEvent(new PointerEvent('pointerup', opts(x1, y1, 0)));
  const sorted = [...frames].sort((a, b) => a - b);
  const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  const slow = frames.filter((f) => f > 1000 / 60 + 4).length;
  const slowAt = frames.map((f, i) => (f > 1000 / 60 + 4 ? i + 1 : 0)).filter(Boolean);
  // While pointer events arrive WebKit runs frames as soon as they are ready,
  // not on the 60 Hz clock: a mean under 16.7 ms is not "over 60 fps". What
  // tells whether the drag keeps up is how many moves took longer than a
  // 60 Hz frame (16.7 ms, plus 4 ms of timer slack).
  t.say(`perf: drag frames: ${frames.length}, median ${ms(sorted[sorted.length >> 1])}, mean ${ms(mean)}, p95 ${ms(p95)}, max ${ms(sorted[sorted.length - 1])}; ${slow} of ${frames.length} over 20.7 ms (a 60 Hz frame missed)${slowAt.length ? ` at moves ${slowAt.join(', ')}` : ''}`);

  // The bound calls alone, after the memory figure so their garbage does not
  // weigh on it (the board was not open then): the page the list asks for,
  // the board's open cards, every id, and for comparison every row at once,
  // what the list used to load.
  await timeCall('Applications.List, a page of 100 of 10000 rows', () => svc.Applications.List({ ...query, limit: 100 }), (r) => r.items.length === 100 && r.total === 10000);
  await timeCall('Applications.Cards, the 2000 open cards', () => svc.Applications.Cards({ ...query, outcomes: ['open'] }), (r) => r.items.length === 2000);
  await timeCall('Applications.IDs, all 10000', () => svc.Applications.IDs(query), (r) => r.length === 10000);
  await timeCall('Applications.List, all 10000 rows (what the list used to load)', () => svc.Applications.List(query), (r) => r.items.length === 10000);
});
