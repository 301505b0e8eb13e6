// Huntbook end-to-end helpers. This file is prepended to every scenario and
// the whole text runs inside the app's real webview (WebKitGTK) after DOM
// ready, in a binary built with -tags e2e. It reports through Wails events:
// e2e:log {line}, e2e:shot {name} (answered by e2e:shot-done) and
// e2e:done {ok, log}. A scenario is one call: E2E.run(async (t) => { ... }).
/* eslint-disable no-unused-vars */
var E2E = (function () {
  'use strict';
  const lines = [];
  const started = Date.now();
  const emit = (name, data) => window.runtime.EventsEmit(name, data);

  function say(line) {
    const stamped = `[${String(Date.now() - started).padStart(5)} ms] ${line}`;
    lines.push(stamped);
    emit('e2e:log', { line: stamped });
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const norm = (s) => String(s == null ? '' : s).replace(/\s+/g, ' ').trim();
  // Labels of required fields end with an asterisk ("Company *").
  const clean = (s) => norm(s).replace(/\s*\*$/, '');
  const textOf = (el) => norm(el && el.textContent);

  function matches(actual, wanted) {
    if (wanted == null) return true;
    if (wanted instanceof RegExp) return wanted.test(actual);
    return clean(actual).toLowerCase() === clean(wanted).toLowerCase();
  }

  function visible(el) {
    if (!el || !el.isConnected) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    return el.getClientRects().length > 0;
  }

  // accessibleName approximates the ARIA name computation well enough for
  // the forms Huntbook renders: aria-labelledby, aria-label, <label for> or
  // a wrapping <label> for fields, the content of other elements, then
  // placeholder, title or alt.
  function accessibleName(el) {
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const parts = by.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean);
      if (parts.length) return norm(parts.map(textOf).join(' '));
    }
    const aria = el.getAttribute('aria-label');
    if (aria) return norm(aria);
    const field = /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
    if (field && el.labels && el.labels.length) return norm(Array.from(el.labels).map(textOf).join(' '));
    const wrap = field && el.closest('label');
    if (wrap) return textOf(wrap);
    if (el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) return norm(el.value);
    const caption = el.tagName === 'TABLE' && el.querySelector('caption');
    if (caption) return textOf(caption);
    // Buttons, links, headings and cells are named by their content first;
    // a title is only a fallback (ARIA accessible name computation).
    if (!field && textOf(el)) return textOf(el);
    for (const attr of ['placeholder', 'title', 'alt']) {
      if (el.getAttribute(attr)) return norm(el.getAttribute(attr));
    }
    return textOf(el);
  }

  const implicitRoles = {
    button: 'button, input[type=button], input[type=submit], input[type=reset]',
    link: 'a[href]',
    textbox: 'input:not([type]), input[type=text], input[type=email], input[type=url], input[type=tel], input[type=number], textarea',
    searchbox: 'input[type=search]',
    checkbox: 'input[type=checkbox]',
    radio: 'input[type=radio]',
    combobox: 'select',
    table: 'table',
    row: 'tr',
    cell: 'td',
    columnheader: 'th',
    heading: 'h1, h2, h3, h4, h5, h6',
    dialog: 'dialog',
    img: 'img',
  };

  function byRole(role, name) {
    const sel = `[role="${role}"]` + (implicitRoles[role] ? ', ' + implicitRoles[role] : '');
    return Array.from(document.querySelectorAll(sel))
      .filter((el) => !el.getAttribute('role') || el.getAttribute('role') === role)
      .filter(visible)
      .filter((el) => matches(accessibleName(el), name));
  }

  function byLabel(name, root) {
    const fields = (root || document).querySelectorAll('input, textarea, select, [role=textbox], [role=combobox], [role=searchbox], [contenteditable=true]');
    return Array.from(fields).filter(visible).filter((el) => matches(accessibleName(el), name));
  }

  // byText returns the innermost visible elements whose text contains text
  // (a string, case-sensitive substring) or matches a RegExp.
  function byText(text, root) {
    const all = Array.from((root || document.body).querySelectorAll('*')).filter((el) => {
      const t = textOf(el);
      return text instanceof RegExp ? text.test(t) : t.includes(text);
    });
    return all.filter((el) => visible(el) && !all.some((other) => other !== el && el.contains(other)));
  }

  async function waitFor(fn, what, timeout) {
    const limit = timeout || 10000;
    const deadline = Date.now() + limit;
    let last;
    for (;;) {
      try {
        const value = fn();
        if (value && (!Array.isArray(value) || value.length)) return value;
      } catch (e) {
        last = e;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${limit} ms waiting for ${what}` + (last ? ` (last error: ${last.message})` : ''));
      }
      await sleep(50);
    }
  }

  // resize asks for a window of w x h and waits until the webview is that size
  // (up to 40 px smaller: GTK may round). The window goes to the screen's
  // origin first, so a large size never crosses the screen's edge. GTK may
  // drop a request made while the window maps, and a repeated request for the
  // size it already recorded can be a no-op, so it asks every 10th poll,
  // alternating with a size one pixel smaller. A timeout here is the one
  // failure TestScenarios runs again (GTK under Xvfb now and then ignores it).
  async function resize(w, h) {
    window.runtime.WindowSetPosition(0, 0);
    let asked = 0;
    await waitFor(
      () => {
        const iw = window.innerWidth;
        const ih = window.innerHeight;
        if (iw <= w && iw >= w - 40 && ih <= h && ih >= h - 40) return true;
        if (asked % 50 === 0) say(`asked ${w}x${h}, window ${iw}x${ih}`);
        if (asked++ % 10 === 0) {
          const smaller = (asked / 10) % 2 >= 1 ? 1 : 0;
          window.runtime.WindowSetSize(w - smaller, h - smaller);
        }
        return false;
      },
      `the window at ${w}x${h}`,
      20000,
    );
    say(`window ${window.innerWidth}x${window.innerHeight}`);
    await sleep(300);
  }

  const one = (list) => (list.length ? list[0] : null);
  const findRole = (role, name, timeout) =>
    waitFor(() => one(byRole(role, name)), `${role} "${name}"`, timeout);
  const findLabel = (name, timeout) => waitFor(() => one(byLabel(name)), `field labelled "${name}"`, timeout);
  const findText = (text, timeout) => waitFor(() => one(byText(text)), `text "${text}"`, timeout);
  const gone = (fn, what, timeout) => waitFor(() => !fn(), `${what} to disappear`, timeout);

  // type sets a React-controlled field: the native value setter (React
  // tracks the last value it set) followed by input and change events.
  async function type(target, value) {
    const el = typeof target === 'string' ? await findLabel(target) : target;
    if (!el.isConnected) throw new Error('typing into a field no longer in the page: find it again just before typing');
    el.focus();
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype
      : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    say(`type "${value}" into ${accessibleName(el) || el.tagName}`);
    return el;
  }

  // click activates an element the way a mouse click does for React: it
  // focuses it and dispatches click. (Synthesised pointerdown/mousedown
  // before it made Mantine's Modal close again as an outside click.)
  async function click(target, name) {
    const el = typeof target === 'string' ? await findRole(target, name) : target;
    if (!el.isConnected) {
      throw new Error('click on an element no longer in the page (React re-rendered it): find it again just before clicking');
    }
    await waitFor(() => !el.disabled && el.getAttribute('aria-disabled') !== 'true', `"${accessibleName(el)}" to be enabled`);
    el.scrollIntoView({ block: 'center' });
    if (typeof el.focus === 'function') el.focus();
    el.click();
    say(`click ${el.getAttribute('role') || el.tagName.toLowerCase()} "${accessibleName(el)}"`);
    return el;
  }

  // press sends mousedown/mouseup before the click, for widgets that open
  // on mousedown (Mantine Select and Menu targets).
  async function press(target, name) {
    const el = typeof target === 'string' ? await findRole(target, name) : target;
    const opts = { bubbles: true, cancelable: true, view: window, button: 0 };
    el.dispatchEvent(new MouseEvent('mousedown', opts));
    el.dispatchEvent(new MouseEvent('mouseup', opts));
    return click(el);
  }

  function assert(cond, message) {
    if (!cond) throw new Error('assertion failed: ' + message);
    say('ok: ' + message);
  }

  // rows returns the visible body rows of the table with the given name.
  function rows(tableName) {
    const table = one(byRole('table', tableName));
    if (!table) return [];
    return Array.from(table.querySelectorAll('tbody tr, [role=row]'))
      .filter(visible)
      .filter((tr) => !tr.querySelector('th') || tr.querySelector('td'));
  }
  const rowWith = (tableName, text) => rows(tableName).find((tr) => textOf(tr).includes(text)) || null;

  // shot asks the Go side for a screenshot of the display and waits for it.
  function shot(name) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`screenshot "${name}" not answered in 30 s`)), 30000);
      const off = window.runtime.EventsOn('e2e:shot-done', (r) => {
        if (!r || r.name !== name) return;
        clearTimeout(timer);
        if (off) off();
        if (r.ok) {
          say(`screenshot ${r.path}`);
          resolve(r.path);
        } else {
          reject(new Error(`screenshot "${name}": ${r.error}`));
        }
      });
      // Let the page paint what the last step changed.
      requestAnimationFrame(() => requestAnimationFrame(() => emit('e2e:shot', { name })));
    });
  }

  let finished = false;
  function done(ok) {
    if (finished) return;
    finished = true;
    emit('e2e:done', { ok, log: lines.join('\n') });
  }

  window.addEventListener('error', (e) => say(`page error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => say(`unhandled rejection: ${e.reason}`));

  const marked = (name) => performance.getEntriesByName(name, 'mark').length > 0;

  async function run(scenario) {
    try {
      await waitFor(() => document.readyState === 'complete', 'the document to load');
      // The first screen is prerendered into the HTML: a click before React
      // has taken it over would do nothing.
      await waitFor(() => marked('huntbook:first-commit'), 'React to take over the prerendered first screen');
      if (marked('huntbook:hydration-mismatch')) throw new Error('the prerendered first screen did not match what React drew');
      await scenario(api);
      say('scenario passed');
      done(true);
    } catch (e) {
      say('FAIL: ' + (e && e.message ? e.message : e));
      if (e && e.stack) say(String(e.stack).split('\n').slice(0, 6).join(' | '));
      say('page text: ' + norm(document.body.innerText).slice(0, 800));
      done(false);
    }
  }

  const api = {
    say, sleep, waitFor, resize, gone, visible, accessibleName, byRole, byLabel, byText, rows, rowWith,
    findRole, findLabel, findText, type, click, press, assert, shot, run, textOf,
  };
  return api;
})();
