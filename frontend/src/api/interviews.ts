/**
 * Typed calls to add, change and delete interviews by hand (service.Calendar
 * AddInterview, UpdateInterview, DeleteInterview). They are stored with the
 * calendar's events (source "manual"): the agenda, its reminders and the
 * .ics export list them like the others.
 */
import * as bound from '../../wailsjs/go/service/Calendar';
import { model } from '../../wailsjs/go/models';
import { call } from './backend';
import { interview } from './normalize';
import type { Assert, SameFields } from './read';
import type { Interview, InterviewKind } from './types';

/** What the user types for an interview: a local date and time in a time zone. */
export interface InterviewInput {
  applicationId: number;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, 24-hour clock. */
  time: string;
  /** IANA name ("Europe/Berlin"); "" means the computer's zone. */
  timeZone: string;
  /** How long it lasts; 0 means an hour. */
  minutes: number;
  kind: Exclude<InterviewKind, ''>;
  /** "" makes one from the kind and the company ("Phone interview with Acme"). */
  title: string;
  /** A web address to join, or "". */
  link: string;
  /** An address or a phone number, or "". */
  location: string;
  notes: string;
}

/** Fails to compile when the generated model and InterviewInput differ in field names. */
export type InterviewDriftChecks = [Assert<SameFields<model.InterviewInput, InterviewInput>>];

/** The kinds an interview added by hand may have, with their words. */
export const interviewKinds: readonly { value: InterviewInput['kind']; label: string }[] = [
  { value: 'phone', label: 'Phone' },
  { value: 'video', label: 'Video' },
  { value: 'onsite', label: 'On-site' },
  { value: 'other', label: 'Other' },
];

/** add adds an interview to an application. */
export async function add(input: InterviewInput): Promise<Interview> {
  return interview(await call(() => bound.AddInterview(model.InterviewInput.createFrom(input))));
}

/** update changes an interview added by hand. */
export async function update(key: string, input: InterviewInput): Promise<Interview> {
  return interview(await call(() => bound.UpdateInterview(key, model.InterviewInput.createFrom(input))));
}

/** remove deletes an interview added by hand. */
export async function remove(key: string): Promise<void> {
  await call(() => bound.DeleteInterview(key));
}
