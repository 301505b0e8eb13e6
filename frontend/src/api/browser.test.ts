import { afterEach, describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (payload: unknown) => void>();
vi.mock('../../wailsjs/runtime/runtime', () => ({
  EventsOn: (name: string, h: (payload: unknown) => void) => {
    handlers.set(name, h);
    return () => handlers.delete(name);
  },
}));

import { onOpenRequest, readOpenRequest } from './browser';

afterEach(() => {
  handlers.clear();
  delete window.runtime;
});

describe('browser api', () => {
  it('passes on app:open with a positive whole id only', () => {
    window.runtime = { EventsOnMultiple: () => {} };
    const seen: number[] = [];
    const off = onOpenRequest((id) => seen.push(id));
    const fire = handlers.get('app:open')!;
    for (const p of [{ id: 7 }, { id: 0 }, { id: -2 }, { id: 1.5 }, { id: '8' }, null]) fire(p);
    expect(seen).toEqual([7]);
    off();
    expect(handlers.has('app:open')).toBe(false);
    expect(readOpenRequest({ id: 3 })).toBe(3);
  });

  it('opens the application in the detail drawer when the window is asked to', async () => {
    window.runtime = { EventsOnMultiple: () => {} };
    vi.resetModules();
    const open = await import('../app/navigation');
    handlers.get('app:open')!({ id: 5 });
    expect(open.openedApplication()).toBe(5);
  });

  it('does nothing outside the app', () => {
    const off = onOpenRequest(() => {});
    expect(handlers.size).toBe(0);
    off();
  });
});
