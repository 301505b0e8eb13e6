/**
 * useRun drives one AI task run: it starts the task, appends each ai:delta
 * to the text as it arrives, and ends on the run's job:done (finished,
 * cancelled or failed, keeping what arrived). Events may arrive before
 * Start's promise resolves, so events for unknown ids are held briefly.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { assistant, events, isApiError } from '../../api';
import { messageOf } from '../../shared/action';

/** Where a run is. */
export type RunStatus = 'idle' | 'starting' | 'running' | 'done' | 'cancelled' | 'error';

/** The state of the current run. */
export interface RunState {
  status: RunStatus;
  task: string;
  jobId: string;
  /** The text so far (placeholders already restored by the backend). */
  text: string;
  /** The result once the run ended (partial on cancel or error). */
  result: assistant.GenerationResult | null;
  /** Why it failed, "" otherwise. */
  error: string;
  /** The failure's error code ("unconfirmed" for a provider to confirm first), "" otherwise. */
  errorCode: string;
}

const idle: RunState = { status: 'idle', task: '', jobId: '', text: '', result: null, error: '', errorCode: '' };

/** Most events kept for runs the page does not know yet (Start not resolved). */
const maxHeld = 2000;

type Held = { kind: 'delta'; e: events.AIDelta } | { kind: 'done'; e: events.JobDone };

/** The run hook: state plus start, cancel and reset. `onEnded` is told when a run ends (drafts reload). */
export function useRun(onEnded?: (r: RunState) => void) {
  const [state, setState] = useState<RunState>(idle);
  const jobRef = useRef('');
  const held = useRef<Held[]>([]);
  const ended = useRef(onEnded);
  ended.current = onEnded;

  const apply = useCallback((h: Held) => {
    if (h.kind === 'delta') {
      setState((s) =>
        s.jobId === h.e.id && (s.status === 'running' || s.status === 'starting')
          ? { ...s, text: s.text + h.e.text }
          : s,
      );
      return;
    }
    const done = h.e;
    const result = assistant.readGenerationResult(done.result);
    setState((s) => {
      if (s.jobId !== done.id) return s;
      const status: RunStatus = done.ok ? 'done' : done.cancelled ? 'cancelled' : 'error';
      // The saved text is authoritative; keep what streamed when nothing was saved.
      const text = result.text || s.text;
      const failed = !done.ok && !done.cancelled;
      const next: RunState = {
        ...s,
        status,
        text,
        result,
        error: failed ? done.errorMessage || 'The task failed.' : '',
        errorCode: failed ? done.errorCode : '',
      };
      queueMicrotask(() => ended.current?.(next));
      return next;
    });
    jobRef.current = '';
  }, []);

  useEffect(() => {
    const route = (h: Held) => {
      if (h.e.id && h.e.id === jobRef.current) apply(h);
      else if (jobRef.current === '' && held.current.length < maxHeld) held.current.push(h);
    };
    const offDelta = events.onAIDelta((e) => route({ kind: 'delta', e }));
    const offDone = events.onJobDone((e) => {
      if (e.id.startsWith('ai-')) route({ kind: 'done', e });
    });
    return () => {
      offDelta();
      offDone();
    };
  }, [apply]);

  const start = useCallback(
    async (task: string, applicationId: number, opts: assistant.RunOptions) => {
      held.current = [];
      jobRef.current = '';
      setState({ ...idle, status: 'starting', task });
      let id: string;
      try {
        id = await assistant.start(task, applicationId, opts);
      } catch (err) {
        setState({ ...idle, status: 'error', task, error: messageOf(err), errorCode: isApiError(err) ? err.code : '' });
        return;
      }
      jobRef.current = id;
      setState((s) => ({ ...s, status: 'running', jobId: id }));
      const early = held.current.filter((h) => h.e.id === id);
      held.current = [];
      for (const h of early) apply(h);
    },
    [apply],
  );

  const cancel = useCallback(async () => {
    const id = jobRef.current;
    if (!id) return;
    try {
      await assistant.cancel(id);
    } catch (err) {
      // It may have just finished: job:done will say so.
      setState((s) => (s.jobId === id && s.status === 'running' ? { ...s, error: messageOf(err) } : s));
    }
  }, []);

  const reset = useCallback(() => {
    jobRef.current = '';
    setState(idle);
  }, []);

  return { state, start, cancel, reset };
}
