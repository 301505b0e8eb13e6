// Scenario: the application detail (issue 3). Adds one application through
// the form, opens it from the list, edits fields in place (location, salary
// in major units), adds a note, creates a contact and adds a task, and takes
// screenshots of the detail and the command palette in light and dark, all
// in a 1024x700 window (the smallest supported). The
// Go runner then reads the application back through `app show 1 --json`.
E2E.run(async (t) => {
  // The smallest window Huntbook supports: everything here must work at it.
  await t.resize(1024, 700);
  await t.findRole('button', 'Add application', 20000);
  await t.waitFor(() => !document.querySelector('.mantine-Loader-root'), 'loading to finish');

  await t.click('button', 'Add application');
  await t.type(await t.findLabel('Company'), 'Acme Robotics');
  await t.type(await t.findLabel('Job title'), 'Firmware Engineer');
  await t.type(await t.findLabel('Location'), 'Berlin');
  await t.click('button', 'Save application');
  await t.waitFor(() => t.rowWith('Applications', 'Acme Robotics'), 'the new row');
  await t.gone(() => t.byRole('button', 'Save application').length, 'the add form');

  // Open it from the list (the time to the painted detail is logged, not asserted).
  const opening = performance.now();
  await t.click('button', 'Acme Robotics');
  const drawer = await t.waitFor(() => t.byRole('dialog', 'Application')[0], 'the detail drawer');
  await t.waitFor(() => t.byRole('heading', 'Firmware Engineer').length, 'the detail heading');
  await new Promise((r) => requestAnimationFrame(() => r()));
  t.say(`figure: detail open to painted ${Math.round(performance.now() - opening)} ms`);
  t.assert(t.textOf(drawer).includes('Acme Robotics · Berlin'), 'the detail shows company and location');

  // Edit in place: location and a salary typed in euros.
  await t.type(await t.findLabel('Location'), 'Munich');
  await t.type(await t.findLabel('Minimum'), '55000');
  await t.type(await t.findLabel('Currency'), 'EUR');
  await t.type(await t.findLabel('Period'), 'year');
  await t.click('button', 'Save changes');
  await t.gone(() => t.byRole('button', 'Save changes').length, 'the save bar');
  await t.findText('Acme Robotics · Munich');
  t.assert(true, 'the location saved and the header follows it');

  // A field error stays under its field and nothing is sent.
  // Text no locale reads as a day gets DateField's message, in the locale's order.
  const notADate = /“next week” is not a date: type it as \S+ or YYYY-MM-DD, or pick it/;
  await t.type(await t.findLabel('Deadline'), 'next week');
  await t.click('button', 'Save changes');
  await t.findText(notADate);
  await t.click('button', 'Discard');
  await t.gone(() => t.byText(notADate).length, 'the date error after discarding');
  document.querySelectorAll('.mantine-Drawer-content, .mantine-Drawer-body').forEach((el) => { el.scrollTop = 0; });
  await t.shot('detail-light');

  // A note, in Markdown.
  await t.click(await t.findRole('tab', /^Notes/));
  await t.type(await t.findLabel('New note'), 'Call with **Dana** went well.\n\n- send portfolio');
  await t.click('button', 'Add note');
  await t.waitFor(() => t.byRole('tab', 'Notes (1)').length, 'the notes tab to count one note');
  const strong = await t.waitFor(() => Array.from(document.querySelectorAll('[aria-label="Notes"] strong')).find((e) => t.textOf(e) === 'Dana'), 'the note rendered as Markdown');
  t.assert(!!strong, 'the note renders **Dana** in bold');

  // A new contact, created inline and linked.
  await t.click(await t.findRole('tab', /^Contacts/));
  await t.click('button', 'New contact');
  await t.type(await t.findLabel('Name'), 'Dana Scully');
  await t.type(await t.findLabel('Role'), 'Recruiter');
  await t.type(await t.findLabel('Email'), 'dana@acme.example');
  await t.click('button', 'Save contact');
  await t.waitFor(() => t.byRole('tab', 'Contacts (1)').length, 'the contacts tab to count one contact');
  await t.findText('Dana Scully');
  t.assert(t.byRole('button', 'Unlink Dana Scully').length === 1, 'the contact is linked');

  // A task with a due date.
  await t.click(await t.findRole('tab', /^Tasks/));
  await t.type(await t.findLabel('New task'), 'Send portfolio');
  await t.type(await t.findLabel('Due'), '2030-01-15');
  await t.click('button', 'Add task');
  await t.waitFor(() => t.byRole('tab', 'Tasks (1)').length, 'the tasks tab to count one open task');
  await t.findText('Send portfolio');

  // An interview added by hand (issue 14): its tab counts it, the timeline lists it.
  await t.click(await t.findRole('tab', /^Interviews/));
  await t.click('button', 'Add interview');
  await t.type(await t.findLabel('Type'), 'phone');
  await t.type(await t.findLabel('Date'), '2030-01-20');
  await t.type(await t.findLabel('Time'), '14:30');
  await t.type(await t.findLabel('Link'), 'https://meet.example/acme-call');
  await t.type(await t.findLabel('Notes'), 'Ask about **on-call**');
  await t.click('button', 'Add interview');
  await t.waitFor(() => t.byRole('tab', 'Interviews (1)').length, 'the interviews tab to count one interview');
  await t.findText('Phone interview with Acme Robotics');
  t.assert(t.byRole('button', 'Edit interview Phone interview with Acme Robotics').length === 1, 'an interview added by hand can be edited');
  await t.sleep(200);
  await t.shot('detail-interviews-light');

  // The timeline has the creation, the note and the interview.
  await t.click(await t.findRole('tab', /^Timeline/));
  await t.findText('Interview: Phone interview with Acme Robotics');
  await t.findText('Added');
  t.assert(t.byText('Note').length > 0, 'the timeline lists the note');
  await t.shot('detail-timeline-light');
  await t.click(await t.findRole('tab', /^Details/));
  await t.findLabel('Location');
  await t.shot('detail-notes-light');
  await t.click('button', 'Close application');
  await t.gone(() => t.byRole('dialog', 'Application').length, 'the detail drawer');

  // The command palette (opened by its header button first, then by Ctrl+K)
  // finds the application through the backend's search.
  const palette = async (query) => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', code: 'KeyK', ctrlKey: true, bubbles: true }));
    await t.type(await t.findLabel('Command palette'), query);
  };
  await t.click('button', /^Commands/);
  const searching = performance.now();
  await t.type(await t.findLabel('Command palette'), 'acme');
  await t.findRole('button', /^Firmware Engineer ?Acme Robotics/);
  await t.waitFor(() => document.querySelector('[role=group][aria-label="Applications (1)"]'), 'the search results for acme');
  t.say(`figure: palette query to results ${Math.round(performance.now() - searching)} ms (includes the 150 ms debounce)`);
  await t.sleep(400); // past the palette's opening transition
  await t.shot('palette-light');
  await t.click('button', /^Firmware Engineer ?Acme Robotics/);
  await t.waitFor(() => t.byRole('heading', 'Firmware Engineer').length, 'the detail opened from the palette');
  await t.click('button', 'Close application');
  await t.gone(() => t.byRole('dialog', 'Application').length, 'the detail drawer');

  // A command: the dark theme, then the same views in dark.
  await palette('dark');
  await t.click(await t.findRole('button', /Switch to dark theme/));
  await t.waitFor(() => document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark', 'the dark theme');
  await palette('acme');
  await t.findRole('button', /^Firmware Engineer ?Acme Robotics/);
  await t.waitFor(() => document.querySelector('[role=group][aria-label="Applications (1)"]'), 'the search results for acme');
  await t.sleep(400);
  await t.shot('palette-dark');
  await t.click('button', /^Firmware Engineer ?Acme Robotics/);
  await t.waitFor(() => t.byRole('heading', 'Firmware Engineer').length, 'the detail in dark');
  await t.click(await t.findRole('tab', /^Notes/));
  await t.findText('send portfolio');
  await t.sleep(300);
  await t.shot('detail-dark');
  await t.click(await t.findRole('tab', /^Interviews/));
  await t.findText('Phone interview with Acme Robotics');
  await t.sleep(200);
  await t.shot('detail-interviews-dark');
  await t.click('button', 'Close application');
  await t.gone(() => t.byRole('dialog', 'Application').length, 'the detail drawer');

  // Shortcuts: g then b goes to the board; ? lists the shortcuts.
  const key = (k, code) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, code, bubbles: true }));
  key('g', 'KeyG');
  key('b', 'KeyB');
  await t.waitFor(() => document.querySelector('[aria-current="page"]') && t.textOf(document.querySelector('[aria-current="page"]')).startsWith('Board'), 'the Board view after g b');
  t.assert(true, 'g then b opens the board');
  key('?', 'Slash');
  const help = await t.findRole('table', 'Keyboard shortcuts');
  t.assert(t.textOf(help).includes('Go to Board'), 'the help panel lists the view shortcuts');
  await t.sleep(400);
  await t.shot('shortcuts-dark');
});
