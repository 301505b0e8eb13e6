/** useAction runs one backend call at a time for a control and keeps its error readable. */
import { useCallback, useState } from 'react';
import { isApiError } from '../api';

/** The state of one control's backend call. */
export interface Action {
  busy: boolean;
  /** The last failure's message, "" when none. */
  error: string;
  /** The field the last failure named (ApiError.field), "" when none. */
  field: string;
  /** run calls fn; it resolves true when fn succeeded. */
  run: (fn: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

/** messageOf turns anything thrown into a sentence for the user. */
export function messageOf(err: unknown): string {
  if (isApiError(err)) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * handler turns an async event handler into the void one React's props take.
 * The promise is left alone on purpose: run already catches what it calls.
 */
export function handler<A extends unknown[]>(fn: (...args: A) => Promise<unknown>): (...args: A) => void {
  return (...args) => void fn(...args);
}

/** useAction gives a control busy/error state around its backend calls. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [field, setField] = useState('');
  const run = useCallback(async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError('');
    setField('');
    try {
      await fn();
      return true;
    } catch (err) {
      setError(messageOf(err));
      setField(isApiError(err) && err.field ? err.field : '');
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setError('');
    setField('');
  }, []);
  return { busy, error, field, run, clear };
}
