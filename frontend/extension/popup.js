// Huntbook's popup: reads the job on the page (the rendered page, so pages
// behind a login work), lets the user correct it and saves it. It talks only
// to Huntbook's native-messaging host; it makes no network request.
const HOST = 'app.huntbook.host';
// Requests over 1 MB are refused by the host; leave room for the rest.
const PAGE_LIMIT = 1_000_000 - 8_192;

const $ = (id) => document.getElementById(id);
let found = null; // the job the host read: url, remote and description ride along

function status(text, kind = '') {
  const el = $('status');
  el.textContent = text;
  el.className = kind;
}

// The popup keeps one connection to Huntbook's host while it is open: the
// host starts once, when the page is read, and the save goes over the same
// connection (no second process start between the click and "Saved").
let port = null;
const pending = [];

function hostError(err) {
  const text = (err && err.message) || '';
  if (/not found|no such native application/i.test(text)) {
    return new Error('Huntbook is not connected to this browser. Run “huntbook browser install” and try again.');
  }
  return new Error(text ? `Huntbook did not answer: ${text}` : 'Huntbook stopped without answering.');
}

// native sends one message to Huntbook and resolves with its reply (the
// host answers in order).
function native(message) {
  return new Promise((resolve, reject) => {
    if (!port) {
      port = chrome.runtime.connectNative(HOST);
      port.onMessage.addListener((reply) => {
        const p = pending.shift();
        if (!p) return;
        if (!reply) p.reject(new Error('Huntbook did not answer.'));
        else if (reply.type === 'error') p.reject(new Error(reply.error));
        else p.resolve(reply);
      });
      port.onDisconnect.addListener((p) => {
        const err = hostError(chrome.runtime.lastError || (p && p.error));
        port = null;
        while (pending.length) pending.shift().reject(err);
      });
    }
    pending.push({ resolve, reject });
    port.postMessage(message);
  });
}

// grabPage runs inside the page. It returns the rendered page, made small
// enough for one message: first without styles and media, then without
// scripts that hold no job data, at last as its text plus its JSON-LD.
function grabPage(limit) {
  const size = (s) => new TextEncoder().encode(JSON.stringify(s)).length;
  let html = '<!doctype html>' + document.documentElement.outerHTML;
  if (size(html) <= limit) return { url: location.href, html };
  const root = document.documentElement.cloneNode(true);
  root
    .querySelectorAll('style,link,svg,noscript,iframe,template,img,picture,video,audio,canvas,source')
    .forEach((n) => n.remove());
  html = root.outerHTML;
  if (size(html) > limit) {
    root.querySelectorAll('script').forEach((s) => {
      const keep =
        /ld\+json/i.test(s.type) || s.id === '__NEXT_DATA__' || /JobPosting|__DATA__|phApp/.test(s.textContent || '');
      if (!keep) s.remove();
    });
    html = root.outerHTML;
  }
  if (size(html) > limit) {
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.outerHTML).join('');
    const head = `<html><head><title>${esc(document.title)}</title>${ld}</head><body><pre>`;
    let text = document.body ? document.body.innerText : '';
    html = head + esc(text) + '</pre></body></html>';
    while (size(html) > limit && text.length > 0) {
      text = text.slice(0, Math.floor(text.length * 0.8));
      html = head + esc(text) + '</pre></body></html>';
    }
  }
  return { url: location.href, html };
}

async function targetTab() {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (id) return id;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (!tab) throw new Error('No page to read.');
  return tab.id;
}

// offerOpen shows "Open in Huntbook" for the application with this id: the
// host starts (or brings forward) Huntbook's window on it.
function offerOpen(id) {
  const button = $('open');
  if (!Number.isInteger(id) || id <= 0) return;
  button.hidden = false;
  button.disabled = false;
  button.onclick = async () => {
    button.disabled = true;
    try {
      await native({ type: 'open', id });
      status('Opened in Huntbook.', 'ok');
    } catch (err) {
      status(err.message, 'error');
    }
    button.disabled = false;
  };
}

function showAlready(saved, id) {
  const el = $('already');
  el.textContent = `Already saved: ${saved.title} at ${saved.company}${saved.stage ? ` (${saved.stage})` : ''}.`;
  el.hidden = false;
  $('save').textContent = 'Already saved';
  $('save').disabled = true;
  offerOpen(id || saved.id);
}

function fill(reply) {
  found = reply.job;
  $('title').value = found.title || '';
  $('company').value = found.company || '';
  $('location').value = found.location || '';
  const s = found.salary || {};
  // Huntbook keeps amounts in cents; the form shows whole units.
  $('salaryMin').value = s.min ? s.min / 100 : '';
  $('salaryMax').value = s.max ? s.max / 100 : '';
  $('currency').value = s.currency || '';
  $('period').value = s.period || '';
  const stage = $('stage');
  stage.replaceChildren(...(reply.stages || []).map((name) => new Option(name, name)));
  $('form').hidden = false;
  if (reply.saved) {
    showAlready(reply.saved);
    status('');
  } else {
    status('Check the details, then save.');
  }
}

function edited() {
  const n = (id) => Math.max(0, Math.round((Number($(id).value) || 0) * 100));
  const min = n('salaryMin');
  const max = n('salaryMax') || min;
  return {
    title: $('title').value.trim(),
    company: $('company').value.trim(),
    location: $('location').value.trim(),
    salary:
      min || max
        ? { min, max, currency: $('currency').value.trim().toUpperCase(), period: $('period').value }
        : { min: 0, max: 0, currency: '', period: '' },
    remote: found.remote || '',
    description: found.description || '',
    url: found.url || '',
  };
}

async function save(event) {
  event.preventDefault();
  const job = edited();
  if (!job.title || !job.company) {
    status('A title and a company are needed.', 'error');
    return;
  }
  $('save').disabled = true;
  status('Saving…');
  try {
    const reply = await native({ type: 'save', job, stage: $('stage').value });
    if (reply.already) {
      showAlready(reply.saved || job, reply.id);
      status('');
    } else {
      $('save').textContent = 'Saved';
      status('Saved to Huntbook.', 'ok');
      offerOpen(reply.id);
    }
  } catch (err) {
    $('save').disabled = false;
    status(err.message, 'error');
  }
}

async function main() {
  $('form').addEventListener('submit', save);
  try {
    const tabId = await targetTab();
    const [result] = await chrome.scripting.executeScript({ target: { tabId }, func: grabPage, args: [PAGE_LIMIT] });
    if (!result || !result.result) throw new Error('This page cannot be read.');
    const { url, html } = result.result;
    if (!/^https?:/.test(url)) throw new Error('Only web pages can be saved.');
    fill(await native({ type: 'read', url, html }));
  } catch (err) {
    status(err.message, 'error');
  }
}

main();
