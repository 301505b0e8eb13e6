/**
 * What the list and the board flag beside an application (next interview,
 * follow-ups due) through service.Applications.Signals.
 */
import { call, goStruct } from './backend';
import type { Signals } from './generated';

export type { Signals } from './generated';

const bound = goStruct('service', 'Applications');

/**
 * signals returns the flags of every application that has one, by id, as
 * of today ("YYYY-MM-DD" in the user's time zone).
 */
export async function signals(today: string): Promise<Map<number, Signals>> {
  const list = await call(() => bound.Signals(today));
  return new Map(list.map((s) => [s.id, s]));
}
