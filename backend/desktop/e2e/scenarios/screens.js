// Scenario: every view at 1920x1080 and at 1024x700, light and dark, with
// enough data to fill it (issue 14: "use the room at 1920x1080", "usable at
// 1024x700"). The data goes in through the bound methods: applications in
// every stage with locations, salaries, dates applied and an outcome, a
// long company name, notes, follow-ups, contacts, interviews added by hand,
// and a CV dropped on the window (the runner puts it in the data folder).
// At each size and theme: a screenshot of each view, of the detail drawer
// and of the Add dialog (screens-<view>-<width>-<theme>.png), and checks
// that the page does not scroll sideways (and which parts of it do).
E2E.run(async (t) => {
  const svc = window.go.service;
  await t.findRole('button', 'Add application', 20000);

  const day = (n) => {
    const d = new Date(Date.now() + n * 86400000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const stages = await svc.Pipeline.Stages();
  const made = [];
  const jobs = [
    ['Acme Robotics', 'Firmware Engineer', 3, '', -20, 'Berlin', [6500000, 8000000, 'EUR']],
    ['Northwind Traders', 'Backend Developer', 2, 'rejected', -15, 'Lisbon', null],
    ['Globex', 'Platform Engineer', 1, '', -10, 'Remote (EU)', [9000000, 0, 'USD']],
    ['Umbrella Health', 'Staff Engineer', 0, '', 0, '', null],
    ['Internationale Verwaltungsgesellschaft für Erneuerbare Energien und Infrastruktur',
      'Senior Platform Reliability Engineer (Kubernetes, Go)', 2, '', -19, 'Frankfurt am Main', null],
    ['Initech', 'Staff Software Engineer', 4, '', -40, 'Austin, TX', [15000000, 18000000, 'USD']],
    ['Hooli', 'Site Reliability Engineer', 1, 'ghosted', -33, 'Mountain View', null],
    ['Stark Industries', 'Embedded Systems Engineer', 2, '', -8, 'Hamburg', null],
    ['Wayne Enterprises', 'Security Engineer', 1, '', -5, 'Remote', null],
    ['Soylent', 'Data Engineer', 0, '', 0, 'Amsterdam', null],
    ['Cyberdyne', 'ML Engineer', 3, 'withdrawn', -25, 'Munich', null],
    ['Tyrell', 'Go Developer', 1, '', -3, 'Vienna', [5500000, 6500000, 'EUR']],
  ];
  for (const [company, title, moves, outcome, applied, location, pay] of jobs) {
    const a = await svc.Applications.Create({
      company, title, location, stageId: 0, dateApplied: applied ? day(applied) : '', tags: moves > 1 ? ['referral'] : [],
      salary: pay ? { min: pay[0], max: pay[1], currency: pay[2], period: 'year' } : undefined,
    });
    for (let i = 1; i <= moves; i++) await svc.Applications.Move(a.id, stages[i].id);
    if (outcome) await svc.Applications.SetOutcome(a.id, outcome);
    made.push(a);
  }
  await svc.Applications.Update({ id: made[2].id, fields: ['followUp'], base: { followUp: '' }, set: { followUp: day(-2) } });
  await svc.Tasks.Create({ id: 0, applicationId: made[0].id, title: 'Send the portfolio to Acme', due: day(-1), done: false });
  await svc.Tasks.Create({ id: 0, applicationId: made[7].id, title: 'Ask Stark about the team size', due: day(2), done: false });
  await svc.Tasks.Create({ id: 0, applicationId: 0, title: 'Update the CV headline', due: day(5), done: false });
  await svc.Applications.AddNote(made[0].id, 'Recruiter call **went well**: they want a take-home by Friday.\n\n- ask about on-call\n- salary band');
  const dana = await svc.Contacts.Create({ id: 0, name: 'Dana Scully', role: 'Recruiter', company: 'Acme Robotics', email: 'dana.scully@acme-robotics.example.com', applicationIds: [] });
  await svc.Contacts.Link(dana.id, made[0].id);
  await svc.Contacts.Create({ id: 0, name: 'Fox Mulder', role: 'Engineering manager', company: 'Initech', email: 'fox@initech.example', applicationIds: [] });
  for (const [i, d, kind] of [[0, 1, 'video'], [5, 3, 'onsite'], [7, 6, 'phone']]) {
    await svc.Calendar.AddInterview({ applicationId: made[i].id, date: day(d), time: '10:30', timeZone: '', minutes: 60, kind, title: '', link: kind === 'video' ? 'https://meet.example.com/abc-defg' : '', location: '', notes: '' });
  }
  t.say('data created through the bound methods');

  const navItems = () => Array.from(document.querySelectorAll('nav[aria-label="Main"] a, nav[aria-label="Main"] button')).filter(t.visible);
  const navItem = (name) => t.waitFor(() => navItems().find((el) => t.textOf(el) === name), `navigation item "${name}"`);
  const settle = async () => {
    await t.waitFor(() => !document.querySelector('main .mantine-Loader-root, main [aria-busy="true"]'), 'the view to load');
    await t.sleep(400); // transitions and chart animations
  };
  const closeNotices = async () => {
    for (const b of document.querySelectorAll('.mantine-Notification-closeButton')) b.click();
    await t.sleep(250);
  };
  const scheme = async (s) => {
    document.documentElement.setAttribute('data-mantine-color-scheme', s);
    await t.sleep(250);
  };
  const key = (k) => (document.activeElement || document.body).dispatchEvent(new KeyboardEvent('keydown', { key: k, code: k, bubbles: true, cancelable: true }));

  // The CV, dropped on the window, so the CV view shows a document.
  const info = await svc.Data.Info();
  await t.click(await navItem('CV and profile'));
  await t.findRole('heading', 'CV and profile');
  window.runtime.EventsEmit('wails:file-drop', 400, 300, [info.dataDir + '/screens-cv.pdf']);
  await t.findRole('heading', /^screens-cv/, 30000);

  const views = [
    ['Applications', 'applications', async () => t.waitFor(() => t.rowWith('Applications', 'Acme Robotics'), 'the list rows')],
    ['Board', 'board', async () => t.findText('Umbrella Health')],
    ['Contacts', 'contacts', async () => t.waitFor(() => t.rowWith('Contacts', 'Dana Scully'), 'the contacts')],
    ['Follow-ups', 'followups', async () => t.findRole('list', 'Upcoming')],
    ['Interviews', 'interviews', async () => t.findText(/Interview/)],
    ['Inbox', 'inbox', async () => undefined],
    ['CV and profile', 'cv', async () => t.waitFor(() => Number((document.querySelector('[data-testid="cv-pdf"]') || { dataset: {} }).dataset.pagesRendered) >= 1, 'the CV page drawn', 20000)],
    ['Insights', 'insights', async () => t.waitFor(() => document.querySelector('[aria-label="How applications flowed"] svg path'), 'the flow chart')],
    ['AI settings', 'assistant', async () => undefined],
    ['Settings', 'settings', async () => t.findLabel('Stage 1 name')],
  ];

  // At 1920 the views use the room: whole dates and badges in the list,
  // lanes that fill the board, sections side by side.
  const cut = (el) => el.scrollWidth > el.clientWidth + 1;
  const sideBySide = (a, b, what) => {
    const ra = a.getBoundingClientRect();
    const rb = b.getBoundingClientRect();
    t.assert(Math.abs(ra.top - rb.top) < 2 && rb.left >= ra.right, `${what} side by side at 1920`);
  };
  const wide1920 = {
    applications: async () => {
      for (const col of ['applied', 'signals', 'outcome']) {
        const cells = Array.from(document.querySelectorAll(`table[aria-label="Applications"] td[data-col="${col}"]`));
        const bad = cells.filter((c) => cut(c) || Array.from(c.querySelectorAll('*')).some(cut));
        for (const c of bad) t.say(`cut in ${col}: ${[c, ...c.querySelectorAll('*')].map((e) => `${e.tagName}.${e.className}=${e.clientWidth}/${e.scrollWidth}`).join(' ')}`);
        t.assert(cells.length > 0 && bad.length === 0, `the ${col} column shows whole at 1920 (${bad.map((c) => t.textOf(c)).join(', ')})`);
      }
    },
    board: async () => {
      const board = document.querySelector('[role="region"][aria-label="Board"]');
      const lanes = Array.from(board.children).filter(t.visible);
      const last = lanes[lanes.length - 1].getBoundingClientRect();
      const free = board.getBoundingClientRect().right - last.right;
      t.assert(free < 40, `the lanes fill the board at 1920 (${Math.round(free)} px left over)`);
    },
    followups: async () => sideBySide(t.byRole('list', 'Due today and overdue')[0].closest('.mantine-Paper-root'),
      t.byRole('list', 'Upcoming')[0].closest('.mantine-Paper-root'), 'due and upcoming follow-ups'),
    settings: async () => sideBySide(t.byRole('heading', 'Appearance and reminders')[0].closest('.mantine-Paper-root'),
      t.byRole('heading', 'Calendar')[0].closest('.mantine-Paper-root'), 'the settings sections'),
  };

  for (const [w, h] of [[1920, 1080], [1024, 700]]) {
    await t.resize(w, h);
    for (const theme of ['light', 'dark']) {
      await scheme(theme);
      for (const [label, slug, ready] of views) {
        await t.click(await navItem(label));
        await t.findRole('heading', label);
        await ready();
        await settle();
        await closeNotices();
        const main = document.querySelector('main');
        const wide = Array.from(main.querySelectorAll('*')).filter((el) => {
          const s = getComputedStyle(el);
          return (s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1 && t.visible(el)
            && !el.closest('[data-testid="cv-pdf"], [data-allow-scroll-x]');
        });
        if (document.scrollingElement.scrollWidth > window.innerWidth + 1) throw new Error(`${slug} at ${w}: the page scrolls sideways`);
        if (wide.length) t.say(`${slug} at ${w}: scrolls sideways inside ${wide.map((el) => el.tagName.toLowerCase() + (el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : '')).join(', ')}`);
        if (w === 1920 && theme === 'light') await wide1920[slug]?.();
        if (slug === 'cv') {
          // Each entry's Merge button whole inside its card (it was cut to "Merg" at 1024).
          const merges = Array.from(document.querySelectorAll('section button[aria-label^="Merge "]')).filter(t.visible);
          const bad = merges.filter((b) => cut(b) || b.getBoundingClientRect().right > b.closest('section').getBoundingClientRect().right);
          t.assert(merges.length > 0 && bad.length === 0, `the CV's Merge buttons are whole at ${w} (${bad.length} cut)`);
        }
        await t.shot(`screens-${slug}-${w}-${theme}`);
      }

      // The detail drawer, on its timeline, and the Add dialog.
      await t.click(await navItem('Applications'));
      await t.waitFor(() => t.rowWith('Applications', 'Acme Robotics'), 'the list rows');
      await t.click(t.rowWith('Applications', 'Acme Robotics').querySelector('[data-col="title"]') || t.rowWith('Applications', 'Acme Robotics'));
      await t.waitFor(() => t.byRole('dialog', 'Application')[0], 'the detail drawer');
      await t.waitFor(() => t.byRole('heading', 'Firmware Engineer').length, 'the detail loaded');
      await settle();
      await closeNotices();
      await t.shot(`screens-detail-${w}-${theme}`);
      key('Escape');
      await t.gone(() => t.byRole('dialog', 'Application').length, 'the detail drawer');
      await t.click('button', 'Add application');
      await t.findLabel('Company');
      await t.sleep(400);
      await t.shot(`screens-add-${w}-${theme}`);
      key('Escape');
      await t.gone(() => t.byRole('button', 'Save application').length, 'the Add dialog');
    }
  }
});
