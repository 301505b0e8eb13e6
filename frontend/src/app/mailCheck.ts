/**
 * The read-only IMAP check as the views start and follow it (Settings →
 * E-mail account, and the Inbox's "Check mail"): start it, follow its
 * job:progress, read its job:done into a summary or an error, cancel it.
 * A check the interval started shows its progress too.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { events, mailAccount, toApiError } from '../api';
import { count } from '../shared/count';

/** mine's value while SyncMail has not answered yet. */
const pending = '?';

/** A running check as the page follows it. */
export interface MailCheckRun {
  /** The job id, '' until the backend answered. */
  id: string;
  done: number;
  total: number;
  message: string;
}

/** mailCheckSummary says what a finished check did, in one sentence. */
export function mailCheckSummary(r: mailAccount.MailSyncReport): string {
  if (r.fetched === 0) return 'No new mail.';
  const parts = [`${count(r.kept, 'job-related message')} added to the Inbox`];
  if (r.known > 0) parts.push(`${count(r.known, 'message')} already there`);
  if (r.notJob > 0) parts.push(`${count(r.notJob, 'message')} not about a job (not kept)`);
  if (r.broken > 0) parts.push(`${count(r.broken, 'message')} could not be read`);
  const reset = r.folders.filter((f) => f.reset).map((f) => f.folder);
  const tail = reset.length > 0 ? ` The server renumbered ${reset.join(', ')}, so it was read again.` : '';
  return `Read ${count(r.fetched, 'new message')}: ${parts.join(', ')}.${tail}`;
}

/** What useMailCheck gives a view. */
export interface MailCheck {
  run: MailCheckRun | null;
  /** The last check started here: its summary, or its error. */
  summary: string;
  error: string;
  start: () => Promise<void>;
  cancel: () => Promise<void>;
  clear: () => void;
}

/**
 * useMailCheck follows mail checks; onFinished runs after any check ends
 * (to read the account's last sync again).
 */
export function useMailCheck(onFinished?: () => void): MailCheck {
  const [run, setRun] = useState<MailCheckRun | null>(null);
  const [summary, setSummary] = useState('');
  const [error, setError] = useState('');
  const mine = useRef('');
  const early = useRef(new Map<string, events.JobDone>());
  const finishedRef = useRef(onFinished);
  useEffect(() => {
    finishedRef.current = onFinished;
  }, [onFinished]);

  const finish = useCallback((d: events.JobDone) => {
    setRun((r) => (r && r.id !== d.id ? r : null));
    if (d.id === mine.current) {
      mine.current = '';
      if (d.ok) {
        const r = mailAccount.readSyncReport(d.result);
        setSummary(r ? mailCheckSummary(r) : 'Mail checked.');
      } else if (d.cancelled) setSummary('Check stopped; what was read so far is kept.');
      else setError(d.errorMessage || 'The check failed.');
    }
    finishedRef.current?.();
  }, []);

  useEffect(() => {
    const offProgress = events.onJobProgress((p) => {
      if (!p.id.startsWith(mailAccount.syncJobPrefix)) return;
      setRun({ id: p.id, done: p.done, total: p.total, message: p.message });
    });
    const offDone = events.onJobDone((d) => {
      if (!d.id.startsWith(mailAccount.syncJobPrefix)) return;
      // Until SyncMail answered, its job's end cannot be told from another's.
      if (mine.current === pending) early.current.set(d.id, d);
      else finish(d);
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [finish]);

  const start = useCallback(async () => {
    setError('');
    setSummary('');
    mine.current = pending;
    setRun({ id: '', done: 0, total: 0, message: 'Connecting to the mail server…' });
    try {
      const id = await mailAccount.sync();
      mine.current = id;
      setRun((r) => (r && r.id === id ? r : { id, done: 0, total: 0, message: 'Connecting to the mail server…' }));
      const ended = [...early.current.values()];
      early.current.clear();
      for (const d of ended) finish(d);
    } catch (e) {
      mine.current = '';
      setRun(null);
      setError(toApiError(e).message);
    }
  }, [finish]);

  const cancel = useCallback(async () => {
    const id = run?.id || mine.current;
    if (!id) return;
    try {
      await mailAccount.cancel(id);
    } catch (e) {
      setError(toApiError(e).message);
    }
  }, [run]);

  const clear = useCallback(() => {
    setSummary('');
    setError('');
  }, []);

  return { run, summary, error, start, cancel, clear };
}
