import { vi } from 'vitest';

type Api = typeof import('../api');

/**
 * shellApi is the api module as the shell's tests see it: a backend is
 * there, and the calls the first screen and the contacts view make are
 * mocks. Use it from vi.mock('../api', ...) with the real module.
 */
export function shellApi(real: Api): Api {
  return {
    ...real,
    hasBackend: () => true,
    applications: { ...real.applications, list: vi.fn(), tags: vi.fn(), ids: vi.fn() },
    pipeline: { ...real.pipeline, stages: vi.fn() },
    calendar: { ...real.calendar, interviews: vi.fn() },
    contacts: { ...real.contacts, list: vi.fn() },
  };
}
