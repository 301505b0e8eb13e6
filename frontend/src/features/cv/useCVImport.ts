/**
 * useCVImport runs CV imports (native dialog or a dropped path) one at a
 * time: progress while the file is read, cancel, a password prompt that
 * retries, and a readable failure.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { profile } from '../../api';
import { failureTitle, messageOf, sentence } from './messages';

/** A running import. jobId is "" until the backend has answered. */
export interface ImportProgress {
  jobId: string;
  message: string;
  done: number;
  total: number;
}

/** A failed import, for an alert. */
export interface ImportFailure {
  title: string;
  message: string;
}

/** A PDF that needs a password: the retry imports path again with it. */
export interface PasswordRequest {
  path: string;
  /** The last password tried did not open it. */
  wrong: boolean;
}

type Start = (watch: profile.ImportWatch) => Promise<profile.ImportOutcome>;

/** useCVImport returns the import's state and the ways to start, cancel and retry it. */
export function useCVImport(onImported: (v: profile.CVVersion, created: boolean) => void) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [password, setPassword] = useState<PasswordRequest | null>(null);
  const running = useRef(false);
  const imported = useRef(onImported);
  useLayoutEffect(() => {
    imported.current = onImported;
  });

  const run = useCallback(async (start: Start, retriedWithPassword: boolean) => {
    if (running.current) {
      setFailure({
        title: 'An import is running',
        message: 'Wait for the current CV to be read, or cancel it, then try again.',
      });
      return;
    }
    running.current = true;
    setFailure(null);
    setPassword(null);
    setProgress({ jobId: '', message: 'Starting…', done: 0, total: 0 });
    try {
      const out = await start({
        onStart: (jobId) => setProgress((p) => ({ ...(p ?? { message: 'Reading…', done: 0, total: 0 }), jobId })),
        onProgress: (p) =>
          setProgress((cur) => ({
            jobId: cur?.jobId || p.id,
            message: p.message || 'Reading…',
            done: p.done,
            total: p.total,
          })),
      });
      if (out.status === 'done') imported.current(out.version, out.created);
      else if (out.status === 'failed' && out.field === 'password' && out.path)
        setPassword({ path: out.path, wrong: retriedWithPassword });
      else if (out.status === 'failed') setFailure({ title: failureTitle(out.code), message: sentence(out.message) });
    } catch (err) {
      setFailure({ title: 'The CV could not be imported', message: messageOf(err) });
    } finally {
      running.current = false;
      setProgress(null);
    }
  }, []);

  /** fromDialog asks for a file with the native dialog and imports it. */
  const fromDialog = useCallback(() => run((w) => profile.importCVDialog('', w), false), [run]);

  /** fromPaths imports the first of some dropped files. */
  const fromPaths = useCallback(
    (paths: string[]) => {
      if (paths.length === 0) return Promise.resolve();
      return run((w) => profile.importCVPath(paths[0], '', '', w), false).then(() => {
        if (paths.length > 1) {
          setFailure({
            title: 'One file at a time',
            message: `Only ${basename(paths[0])} was imported: drop the other files one by one.`,
          });
        }
      });
    },
    [run],
  );

  /** retryWithPassword imports the password-protected file again. */
  const retryWithPassword = useCallback(
    (pw: string) => {
      if (!password) return Promise.resolve();
      const path = password.path;
      return run((w) => profile.importCVPath(path, '', pw, w), true);
    },
    [password, run],
  );

  /** cancel stops the running job. */
  const cancel = useCallback(async () => {
    const id = progress?.jobId;
    if (!id) return;
    try {
      await profile.cancelImport(id);
    } catch (err) {
      setFailure({ title: 'The import could not be cancelled', message: messageOf(err) });
    }
  }, [progress]);

  return {
    progress,
    failure,
    password,
    fromDialog,
    fromPaths,
    retryWithPassword,
    cancel,
    dismissFailure: () => setFailure(null),
    dismissPassword: () => setPassword(null),
  };
}

/** basename is the last part of a path, for messages. */
export function basename(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
