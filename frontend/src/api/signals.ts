/**
 * What the list and the board flag beside an application (next interview,
 * follow-ups due) through service.Applications.Signals.
 */
import * as bound from '../../wailsjs/go/service/Applications';
import type { model } from '../../wailsjs/go/models';
import { call } from './backend';
import { listOf, num, obj, str } from './read';
import type { Assert, SameFields } from './read';

/** The flags of one application; only applications with one are listed. */
export interface Signals {
  id: number;
  /** Start (RFC 3339) of the next confirmed interview that has not started, or "". */
  nextInterview: string;
  nextInterviewTitle: string;
  /** Earliest due day ("YYYY-MM-DD") of its follow-ups due by today, or "". */
  followUpDue: string;
  /** How many follow-ups (open tasks and its follow-up date) are due by today. */
  followUpsDue: number;
}

export type SignalsFieldsMatch = Assert<SameFields<model.Signals, Signals>>;

function readSignals(x: unknown): Signals {
  const s = obj(x);
  return {
    id: num(s.id),
    nextInterview: str(s.nextInterview),
    nextInterviewTitle: str(s.nextInterviewTitle),
    followUpDue: str(s.followUpDue),
    followUpsDue: num(s.followUpsDue),
  };
}

/**
 * signals returns the flags of every application that has one, by id, as
 * of today ("YYYY-MM-DD" in the user's time zone).
 */
export async function signals(today: string): Promise<Map<number, Signals>> {
  const list = listOf(await call(() => bound.Signals(today)), readSignals);
  return new Map(list.map((s) => [s.id, s]));
}
