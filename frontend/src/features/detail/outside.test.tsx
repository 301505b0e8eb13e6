import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../../test/render';
import { BackendEvents } from '../followups/BackendEvents';
import { onApplicationsChanged } from '../../app/changes';

type Handler = (...data: unknown[]) => void;

// A stand-in for the Wails runtime's event bus on the page.
function installRuntime() {
  const handlers = new Map<string, Handler[]>();
  window.runtime = {
    EventsOnMultiple: (name: string, cb: Handler) => {
      handlers.set(name, [...(handlers.get(name) ?? []), cb]);
      return () => handlers.set(name, (handlers.get(name) ?? []).filter((h) => h !== cb));
    },
  } as unknown as Window['runtime'];
  return (name: string, payload: unknown) => (handlers.get(name) ?? []).forEach((h) => h(payload));
}

afterEach(() => {
  delete window.runtime;
});

describe('writes by other programs', () => {
  it('reach every view as "reload everything" when the backend reports one', () => {
    const emit = installRuntime();
    const reload = vi.fn();
    const off = onApplicationsChanged(reload);
    renderWithTheme(<BackendEvents />);
    // What service.WatchOutsideWrites emits after `huntbook wipe`.
    emit('app:changed', JSON.parse('{"ids":[]}'));
    expect(reload).toHaveBeenCalledWith([]);
    off();
  });
});
