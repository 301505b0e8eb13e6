import { act } from '@testing-library/react';

type Handler = (...data: unknown[]) => void;

/**
 * installRuntime puts a stand-in for the Wails runtime's event bus on the
 * page and returns emit(name, payload), which calls every handler the code
 * under test subscribed, inside act(). Delete window.runtime after the test.
 */
export function installRuntime(): (name: string, payload: unknown) => void {
  const handlers = new Map<string, Handler[]>();
  window.runtime = {
    EventsOnMultiple: (name: string, cb: Handler) => {
      handlers.set(name, [...(handlers.get(name) ?? []), cb]);
      return () =>
        handlers.set(
          name,
          (handlers.get(name) ?? []).filter((h) => h !== cb),
        );
    },
  };
  return (name, payload) => {
    act(() => {
      for (const h of handlers.get(name) ?? []) h(payload);
    });
  };
}
