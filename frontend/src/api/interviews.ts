/**
 * Typed calls to add, change and delete interviews by hand (service.Calendar
 * AddInterview, UpdateInterview, DeleteInterview). They are stored with the
 * calendar's events (source "manual"): the agenda, its reminders and the
 * .ics export list them like the others.
 */
import { call, goStruct } from './backend';
import type * as go from './generated';
import type { Interview, InterviewKind } from './types';

/** What the user types for an interview (Go's model.InterviewInput); a kind is always chosen. */
export type InterviewInput = Omit<go.InterviewInput, 'kind'> & { kind: Exclude<InterviewKind, ''> };

const bound = goStruct('service', 'Calendar');

/** The kinds an interview added by hand may have, with their words. */
export const interviewKinds: readonly { value: InterviewInput['kind']; label: string }[] = [
  { value: 'phone', label: 'Phone' },
  { value: 'video', label: 'Video' },
  { value: 'onsite', label: 'On-site' },
  { value: 'other', label: 'Other' },
];

/** add adds an interview to an application. */
export async function add(input: InterviewInput): Promise<Interview> {
  return call(() => bound.AddInterview(input));
}

/** update changes an interview added by hand. */
export async function update(key: string, input: InterviewInput): Promise<Interview> {
  return call(() => bound.UpdateInterview(key, input));
}

/** remove deletes an interview added by hand. */
export async function remove(key: string): Promise<void> {
  await call(() => bound.DeleteInterview(key));
}
