/**
 * Typed calls to service.Calendar: .ics import and export, Google Calendar
 * (connect, status, sync, disconnect), the agenda of interviews and the
 * proposals the user confirms or rejects. Times arrive as RFC 3339 strings.
 */
import * as bound from '../../wailsjs/go/service/Calendar';
import { ClipboardSetText } from '../../wailsjs/runtime/runtime';
import type { calendar as gcal, service } from '../../wailsjs/go/models';
import { call } from './backend';
import { hasRuntime } from './events';
import { application, contact, interviewKind } from './normalize';
import type { Application, Contact, InterviewKind } from './types';
import { obj, str, num, strs } from './read';
import type { Assert, SameFields } from './read';

/** Google Calendar connection state. */
export type ConnectionState = 'connected' | 'reconnect' | 'not_connected';

/** A person on a calendar event (organiser or attendee). */
export interface Person {
  name: string;
  email: string;
}

/** One entry of the agenda: an event recognised as an interview or confirmed for an application. */
export interface Interview {
  key: string;
  /** "ics", "google" or "manual" (added by hand). */
  source: string;
  /** How one added by hand takes place; "" for a calendar's. */
  kind: InterviewKind;
  title: string;
  /** RFC 3339 time. */
  start: string;
  /** RFC 3339 time. */
  end: string;
  allDay: boolean;
  location: string;
  meetingUrl: string;
  organizer: Person | null;
  attendees: Person[];
  /** How sure the app is that this is an interview, 0..1. */
  confidence: number;
  reasons: string[];
  /** True when the user confirmed the application; otherwise application is the best proposal (or null). */
  confirmed: boolean;
  application: Application | null;
  company: string;
  contacts: Contact[];
}

/** An application proposed for an event. */
export interface Candidate {
  applicationId: number;
  company: string;
  title: string;
  stage: string;
  confidence: number;
  reasons: string[];
}

/** An event with the applications it may belong to, awaiting confirmation or rejection. */
export interface Proposal {
  key: string;
  title: string;
  start: string;
  end: string;
  meetingUrl: string;
  isInterview: boolean;
  confidence: number;
  reasons: string[];
  candidates: Candidate[];
}

/** What confirming did, and the stage it suggests moving the application to ("" when none). */
export interface Confirmation {
  interview: Interview;
  suggestStage: string;
  suggestStageId: number;
}

/** Whether Google Calendar is connected and how syncing goes. */
export interface CalendarStatus {
  state: ConnectionState;
  message: string;
  /** Last successful sync, RFC 3339, "" if never. */
  lastSync: string;
  /** False: the grant lasts for this session only (no OS keychain). */
  persistent: boolean;
  clientId: string;
  /** 0 = off. */
  syncIntervalMinutes: number;
  syncing: boolean;
}

/** What a Google sync changed. */
export interface SyncReport {
  calendars: number;
  received: number;
  added: number;
  updated: number;
  deleted: number;
  interviews: number;
  matched: number;
  fullResync: boolean;
  warnings: string[];
}

/** What an .ics import found and kept; path is "" when the user cancelled the dialog. */
export interface ICSImport {
  path: string;
  read: number;
  skipped: number;
  events: number;
  interviews: number;
  matched: number;
  added: number;
  updated: number;
  deleted: number;
  warnings: string[];
  /** Recurring events that do not look like interviews: only their first date was imported. */
  notRepeated: number;
  /** Occurrences of recurring interviews left out because the file reached occurrenceCap. */
  leftOut: number;
  /** leftOut is a lower bound: the count stopped early. */
  leftOutMore: boolean;
  /** The most occurrences the recurring events of one file add. */
  occurrenceCap: number;
}

/** What Disconnect did. */
export interface DisconnectReport {
  revoked: boolean;
  warning: string;
  eventsDeleted: number;
}

// Compile-time drift checks against the generated models.
/** Fails to compile when the generated calendar models and these interfaces differ in field names. */
export type CalendarDriftChecks = [
  Assert<SameFields<service.Interview, Interview>>,
  Assert<SameFields<service.Candidate, Candidate>>,
  Assert<SameFields<service.Proposal, Proposal>>,
  Assert<SameFields<service.Confirmation, Confirmation>>,
  Assert<SameFields<service.CalendarStatus, CalendarStatus>>,
  Assert<SameFields<service.SyncReport, SyncReport>>,
  Assert<SameFields<service.ICSImport, ICSImport>>,
  Assert<SameFields<service.DisconnectReport, DisconnectReport>>,
  Assert<SameFields<gcal.Person, Person>>,
];

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A Go time: a string, or a Date if something converted it. */
const time = (v: unknown): string => (v instanceof Date ? v.toISOString() : str(v));

function person(x: unknown): Person {
  const p = obj(x);
  return { name: str(p.name), email: str(p.email) };
}

/** readInterview fills an agenda entry from the backend. */
export function readInterview(x: unknown): Interview {
  const i = obj(x);
  return {
    key: str(i.key),
    source: str(i.source),
    title: str(i.title),
    start: time(i.start),
    end: time(i.end),
    allDay: i.allDay === true,
    location: str(i.location),
    meetingUrl: str(i.meetingUrl),
    organizer: i.organizer ? person(i.organizer) : null,
    attendees: arr(i.attendees).map(person),
    confidence: num(i.confidence),
    reasons: strs(i.reasons),
    kind: interviewKind(i.kind),
    confirmed: i.confirmed === true,
    application: i.application ? application(i.application) : null,
    company: str(i.company),
    contacts: arr(i.contacts).map(contact),
  };
}

function candidate(x: unknown): Candidate {
  const c = obj(x);
  return {
    applicationId: num(c.applicationId),
    company: str(c.company),
    title: str(c.title),
    stage: str(c.stage),
    confidence: num(c.confidence),
    reasons: strs(c.reasons),
  };
}

/** readProposal fills a proposal from the backend. */
export function readProposal(x: unknown): Proposal {
  const p = obj(x);
  return {
    key: str(p.key),
    title: str(p.title),
    start: time(p.start),
    end: time(p.end),
    meetingUrl: str(p.meetingUrl),
    isInterview: p.isInterview === true,
    confidence: num(p.confidence),
    reasons: strs(p.reasons),
    candidates: arr(p.candidates).map(candidate),
  };
}

/** readStatus fills a connection status; an unknown state reads as not connected. */
export function readStatus(x: unknown): CalendarStatus {
  const s = obj(x);
  const state: ConnectionState = s.state === 'connected' || s.state === 'reconnect' ? s.state : 'not_connected';
  return {
    state,
    message: str(s.message),
    lastSync: str(s.lastSync),
    persistent: s.persistent === true,
    clientId: str(s.clientId),
    syncIntervalMinutes: num(s.syncIntervalMinutes),
    syncing: s.syncing === true,
  };
}

/** readSyncReport fills a sync report (also the result of the sync's job:done). */
export function readSyncReport(x: unknown): SyncReport {
  const r = obj(x);
  return {
    calendars: num(r.calendars),
    received: num(r.received),
    added: num(r.added),
    updated: num(r.updated),
    deleted: num(r.deleted),
    interviews: num(r.interviews),
    matched: num(r.matched),
    fullResync: r.fullResync === true,
    warnings: strs(r.warnings),
  };
}

/** readImport fills an .ics import report. */
export function readImport(x: unknown): ICSImport {
  const r = obj(x);
  return {
    path: str(r.path),
    read: num(r.read),
    skipped: num(r.skipped),
    events: num(r.events),
    interviews: num(r.interviews),
    matched: num(r.matched),
    added: num(r.added),
    updated: num(r.updated),
    deleted: num(r.deleted),
    warnings: strs(r.warnings),
    notRepeated: num(r.notRepeated),
    leftOut: num(r.leftOut),
    leftOutMore: r.leftOutMore === true,
    occurrenceCap: num(r.occurrenceCap),
  };
}

/** interviews lists the agenda between from and to (YYYY-MM-DD or RFC 3339; "" = now and 90 days later). */
export async function interviews(from = '', to = ''): Promise<Interview[]> {
  return arr(await call(() => bound.Interviews(from, to))).map(readInterview);
}

/** proposals lists events with proposed applications awaiting the user's word. */
export async function proposals(): Promise<Proposal[]> {
  return arr(await call(() => bound.Proposals())).map(readProposal);
}

/** confirm records the event as an interview for the application. */
export async function confirm(eventKey: string, applicationId: number): Promise<Confirmation> {
  const c = obj(await call(() => bound.Confirm(eventKey, applicationId)));
  return {
    interview: readInterview(c.interview),
    suggestStage: str(c.suggestStage),
    suggestStageId: num(c.suggestStageId),
  };
}

/** reject records that the event's proposals are wrong; it is never proposed again. */
export async function reject(eventKey: string): Promise<void> {
  await call(() => bound.Reject(eventKey));
}

/** importDialog asks for an .ics file and imports it (path "" when cancelled). */
export async function importDialog(): Promise<ICSImport> {
  return readImport(await call(() => bound.ImportICSDialog()));
}

/** importFile imports an .ics file by path. */
export async function importFile(path: string): Promise<ICSImport> {
  return readImport(await call(() => bound.ImportICS(path)));
}

/** exportDialog asks where to save and writes the events named by keys (every interview when empty); "" when cancelled. */
export async function exportDialog(keys: string[] = []): Promise<string> {
  return str(await call(() => bound.ExportICSDialog(keys)));
}

/** status says whether Google Calendar is connected, with the last sync. */
export async function status(): Promise<CalendarStatus> {
  return readStatus(await call(() => bound.Status()));
}

/** connect opens Google's consent page in the system browser and waits for the user to come back. */
export async function connect(): Promise<CalendarStatus> {
  return readStatus(await call(() => bound.Connect()));
}

/** cancelConnect stops a connect that is waiting for the browser. */
export async function cancelConnect(): Promise<void> {
  await call(() => bound.CancelConnect());
}

/** setClient stores the user's own Google Desktop OAuth client ("" id = the built-in one). */
export async function setClient(clientId: string, clientSecret: string): Promise<void> {
  await call(() => bound.SetClient(clientId, clientSecret));
}

/** sync starts a Google sync and returns its job id (progress via job:progress, the SyncReport via job:done). */
export async function sync(): Promise<string> {
  return str(await call(() => bound.Sync()));
}

/** cancel stops a running sync job. */
export async function cancel(jobId: string): Promise<void> {
  await call(() => bound.Cancel(jobId));
}

/** setSyncInterval sets the automatic sync interval in minutes (0 = off, else 5..1440). */
export async function setSyncInterval(minutes: number): Promise<void> {
  await call(() => bound.SetSyncInterval(minutes));
}

/** disconnect revokes access at Google and forgets the token; deleteEvents also removes imported Google events. */
export async function disconnect(deleteEvents: boolean): Promise<DisconnectReport> {
  const r = obj(await call(() => bound.Disconnect(deleteEvents)));
  return { revoked: r.revoked === true, warning: str(r.warning), eventsDeleted: num(r.eventsDeleted) };
}

/**
 * copyText puts text on the clipboard: through the app's runtime inside
 * Huntbook, else the browser's clipboard. It resolves to false when neither
 * worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (hasRuntime()) return await ClipboardSetText(text);
    // Undefined outside a secure context, whatever lib.dom says.
    const clipboard = typeof navigator !== 'undefined' ? (navigator.clipboard as Clipboard | undefined) : undefined;
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through: the caller says it could not copy
  }
  return false;
}
