import { hydrateRoot, type Root as ReactRoot } from 'react-dom/client';
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Root } from './App';
import { render } from './prerender';

// The build writes render() into index.html and main.tsx hydrates it: any
// difference between the two drawings makes React throw the markup away.
let root: ReactRoot | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = undefined;
  vi.restoreAllMocks();
});

async function hydrate(markup: string) {
  host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const errors: unknown[] = [];
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await act(async () => {
    root = hydrateRoot(host!, <Root />, { onRecoverableError: (e) => errors.push(e) });
  });
  const mismatches = logged.mock.calls.filter((c) => /hydrat|did not match/i.test(String(c[0])));
  return { errors, mismatches, host };
}

describe('prerendered first screen', () => {
  it('is the app frame with the list loading, not the "no backend" notice', () => {
    const markup = render();
    const page = document.createElement('div');
    page.innerHTML = markup;
    expect(page.querySelector('h1')?.textContent).toBe('Huntbook');
    expect(page.querySelector('input[aria-label="Search applications"]')).not.toBeNull();
    const nav = Array.from(page.querySelectorAll('nav a, nav button'), (a) => a.textContent);
    expect(nav).toEqual(expect.arrayContaining(['Applications', 'Board', 'Settings']));
    expect(page.textContent).toContain('Add application');
    expect(page.textContent).not.toContain('no backend');
  });

  it('hydrates without a mismatch', async () => {
    const { errors, mismatches, host } = await hydrate(render());
    expect(errors).toEqual([]);
    expect(mismatches).toEqual([]);
    expect(host.querySelector('h1')?.textContent).toBe('Huntbook');
  });

  it('hydrates on a Mac too, then names the ⌘ key', async () => {
    const markup = render(); // built on any machine: "Ctrl"
    expect(/Ctrl(<!-- -->)? K/.test(markup)).toBe(true);
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
    );
    const { errors, host } = await hydrate(markup);
    expect(errors).toEqual([]);
    expect(host.textContent).toContain('⌘ K');
  });
});
