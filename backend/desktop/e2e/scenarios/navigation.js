// Scenario: the window shows only the app (issue 11). A script tries to
// take the window to a foreign page (FOREIGN, a local test server the Go
// side starts): location.href, location.replace, a link clicked by script,
// window.open. Each is refused: the app's page stays, with its state, and
// (checked in Go) the server never gets a request.
E2E.run(async (t) => {
  await t.findRole('button', 'Add application', 20000);
  const start = location.href;
  t.say(`app page ${start}, foreign site ${FOREIGN}`);
  t.assert(/^wails:\/\/wails\//.test(start), 'the app is served from wails://wails');
  window.__huntbookStillHere = 'yes';
  const browser = [];
  window.runtime.EventsOn('e2e:browser', (e) => browser.push(e && e.url));
  const stayed = async (what) => {
    await t.sleep(1500); // a local page loads in a few milliseconds
    t.assert(window.__huntbookStillHere === 'yes' && location.href === start && t.byRole('button', 'Add application').length > 0,
      `${what}: the app's page is still there`);
  };

  location.href = FOREIGN + '/location-href';
  await stayed('location.href = foreign page');

  location.replace(FOREIGN + '/location-replace');
  await stayed('location.replace(foreign page)');

  const a = document.createElement('a');
  a.href = FOREIGN + '/scripted-click';
  a.textContent = 'Foreign link';
  document.body.appendChild(a);
  a.click();
  a.remove();
  await stayed('a foreign link clicked by a script');

  const w = window.open(FOREIGN + '/window-open');
  t.assert(!w, 'window.open(foreign page) opens no window');
  await stayed('window.open(foreign page)');

  // The refusals leave the app working.
  await t.click('button', 'Add application');
  await t.findLabel('Company');
  t.say(`links handed to the system browser: ${JSON.stringify(browser)}`);
  await t.shot('navigation-refused');
});
