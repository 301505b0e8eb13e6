import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { signals as api, type Signals } from '../api';
import { localDay } from '../shared/appFacts';
import { queryKeys } from './queryKeys';

/** What a row or a card needs to show its signals: each application's, and the day and time they are seen at. */
export interface SignalsView {
  of: (id: number) => Signals | undefined;
  today: string;
  now: Date;
}

const none: SignalsView = { of: () => undefined, today: localDay(new Date()), now: new Date() };
const SignalsContext = createContext<SignalsView>(none);

/**
 * SignalsProvider reads the applications' signals (next interview, due
 * follow-ups) once for a whole list or board, through the data layer: any
 * change to applications marks them stale (app/invalidation). While they
 * load, or if they fail, rows and cards simply show no badges.
 */
export function SignalsProvider({ children }: { children: ReactNode }) {
  const today = localDay(new Date());
  const q = useQuery({ queryKey: queryKeys.applications.signals(today), queryFn: () => api.signals(today) });
  const data = q.data;
  const value = useMemo<SignalsView>(() => ({ of: (id) => data?.get(id), today, now: new Date() }), [data, today]);
  return <SignalsContext.Provider value={value}>{children}</SignalsContext.Provider>;
}

/** useSignals gives what the nearest SignalsProvider read (nothing outside one). */
export function useSignals(): SignalsView {
  return useContext(SignalsContext);
}
