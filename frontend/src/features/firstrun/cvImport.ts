import { events, profile } from '../../api';

/** The end of a CV import: the version read (to review), a cancelled dialog, or why it failed. */
export type CVImportResult =
  { status: 'cancelled' } | { status: 'done'; version: profile.CVVersion } | { status: 'failed'; message: string };

/**
 * importCV opens the native dialog, starts the import job and waits for its
 * `job:done` event. It listens before starting, so a job that ends before
 * the id comes back is not missed. onProgress receives job:progress messages.
 */
export async function importCV(onProgress: (message: string) => void): Promise<CVImportResult> {
  const finished = new Map<string, events.JobDone>();
  let jobId = '';
  let settle: ((d: events.JobDone) => void) | null = null;
  const offDone = events.onJobDone((d) => {
    if (jobId && d.id === jobId && settle) settle(d);
    else finished.set(d.id, d);
  });
  const offProgress = events.onJobProgress((p) => {
    if (p.id === jobId) onProgress(p.message || (p.total ? `${p.done} of ${p.total}` : 'Reading…'));
  });
  try {
    jobId = await events.startCVImport('');
    if (!jobId) return { status: 'cancelled' };
    const done = finished.get(jobId) ?? (await new Promise<events.JobDone>((resolve) => (settle = resolve)));
    const out = profile.outcomeOf(done);
    if (out.status === 'done') return { status: 'done', version: out.version };
    if (done.cancelled) return { status: 'cancelled' };
    return { status: 'failed', message: done.errorMessage || 'The CV could not be imported.' };
  } finally {
    offDone();
    offProgress();
  }
}
