import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardLinks } from './linkGuard';

function link(href: string, target = ''): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  if (target) a.target = target;
  a.innerHTML = '<span>go</span>';
  document.body.appendChild(a);
  return a;
}

// jsdom's dispatched events are never trusted: a user's click is marked
// with detail 1 here and byUser below reads that.
function click(el: Element, byUser: boolean): MouseEvent {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, detail: byUser ? 1 : 0 });
  el.dispatchEvent(e);
  return e;
}
const byUser = (e: MouseEvent) => e.detail === 1;

describe('guardLinks', () => {
  let off = () => {};
  afterEach(() => {
    off();
    document.body.innerHTML = '';
  });

  it('opens a clicked foreign http(s) link in the browser instead of the page', () => {
    const open = vi.fn(() => Promise.resolve());
    off = guardLinks(document, open, byUser);
    const e = click(link('https://jobs.example/posting/1').querySelector('span')!, true);
    expect(e.defaultPrevented).toBe(true);
    expect(open).toHaveBeenCalledWith('https://jobs.example/posting/1');
  });

  it('drops a scripted click, and foreign links of other schemes, without opening anything', () => {
    const open = vi.fn(() => Promise.resolve());
    off = guardLinks(document, open, byUser);
    expect(click(link('http://127.0.0.1:8080/'), false).defaultPrevented).toBe(true);
    expect(click(link('file:///etc/passwd'), true).defaultPrevented).toBe(true);
    expect(click(link('javascript:void(0)'), true).defaultPrevented).toBe(true);
    expect(open).not.toHaveBeenCalled();
  });

  it("leaves the app's own links alone, unless they ask for a new window", () => {
    const open = vi.fn(() => Promise.resolve());
    off = guardLinks(document, open, byUser);
    expect(click(link(`${location.origin}/#/board`), true).defaultPrevented).toBe(false);
    expect(click(link('#/list'), true).defaultPrevented).toBe(false);
    expect(click(link('#/list', '_blank'), true).defaultPrevented).toBe(true);
    expect(open).not.toHaveBeenCalled();
  });
});
