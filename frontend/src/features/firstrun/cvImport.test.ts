import { beforeEach, describe, expect, it, vi } from 'vitest';
import { events } from '../../api';
import { importCV } from './cvImport';

type Done = Parameters<Parameters<typeof events.onJobDone>[0]>[0];
type Progress = Parameters<Parameters<typeof events.onJobProgress>[0]>[0];
let doneHandlers: ((d: Done) => void)[] = [];
let progressHandlers: ((p: Progress) => void)[] = [];

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    events: {
      ...real.events,
      startCVImport: vi.fn(),
      onJobDone: vi.fn((h: (d: Done) => void) => {
        doneHandlers.push(h);
        return () => (doneHandlers = doneHandlers.filter((x) => x !== h));
      }),
      onJobProgress: vi.fn((h: (p: Progress) => void) => {
        progressHandlers.push(h);
        return () => (progressHandlers = progressHandlers.filter((x) => x !== h));
      }),
    },
  };
});

const done = (p: Partial<Done>): Done => ({
  id: '',
  ok: false,
  cancelled: false,
  errorCode: '',
  errorMessage: '',
  ...p,
});
const start = vi.mocked(events.startCVImport);

beforeEach(() => {
  doneHandlers = [];
  progressHandlers = [];
  start.mockReset();
});

describe('importCV', () => {
  it('waits for the job:done of its own job, reporting its progress', async () => {
    start.mockResolvedValue('cv-import-2');
    const progress: string[] = [];
    const result = importCV((m) => progress.push(m));
    await vi.waitFor(() => expect(start).toHaveBeenCalled());
    await Promise.resolve();
    for (const h of progressHandlers) {
      h({ id: 'cv-import-1', done: 1, total: 2, message: 'someone else' });
      h({ id: 'cv-import-2', done: 1, total: 3, message: 'Reading page 1 of 3' });
    }
    for (const h of doneHandlers) h(done({ id: 'cv-import-1', ok: false, errorMessage: 'not ours' }));
    for (const h of doneHandlers)
      h(done({ id: 'cv-import-2', ok: true, result: { created: true, version: { id: 7, fileName: 'cv.pdf' } } }));
    await expect(result).resolves.toEqual({
      status: 'done',
      version: expect.objectContaining({ id: 7, fileName: 'cv.pdf' }) as unknown,
    });
    expect(progress).toEqual(['Reading page 1 of 3']);
    expect(doneHandlers).toHaveLength(0); // unsubscribed
  });

  it('does not miss a job that ended before its id came back', async () => {
    start.mockImplementation(async () => {
      for (const h of doneHandlers)
        h(done({ id: 'cv-import-9', errorCode: 'invalid', errorMessage: 'this file needs a password' }));
      return 'cv-import-9';
    });
    await expect(importCV(() => {})).resolves.toEqual({ status: 'failed', message: 'this file needs a password' });
  });

  it('says cancelled when the dialog was closed', async () => {
    start.mockResolvedValue('');
    await expect(importCV(() => {})).resolves.toEqual({ status: 'cancelled' });
  });
});
