/**
 * The UI's view of the backend's domain types (backend/model). The generated
 * classes in wailsjs/go/models.ts carry conversion methods and `any` for
 * times; these plain interfaces are what the rest of the UI uses. The checks
 * at the bottom fail to compile if the generated models gain or lose a field.
 */
import type { model, service } from '../../wailsjs/go/models';
import type { Assert, SameFields } from './read';

/** Where the work happens; "" is unknown. */
export type Remote = '' | 'onsite' | 'hybrid' | 'remote';

/** How an application ended; "open" while it is still going. */
export type Outcome = 'open' | 'accepted' | 'rejected' | 'withdrawn' | 'ghosted' | 'expired';

/** Every outcome in display order. */
export const outcomes: readonly Outcome[] = ['open', 'accepted', 'rejected', 'withdrawn', 'ghosted', 'expired'];

/** A column the application list can be sorted by. */
export type SortField =
  'updated' | 'created' | 'applied' | 'company' | 'title' | 'stage' | 'priority' | 'deadline' | 'followUp';

/** A pay range in integer minor units (cents) of currency. */
export interface Salary {
  min: number;
  max: number;
  currency: string;
  period: '' | 'year' | 'month' | 'hour';
}

/** One job the user is interested in or has applied to. Dates are "YYYY-MM-DD" or "". */
export interface Application {
  id: number;
  company: string;
  title: string;
  url: string;
  location: string;
  remote: Remote;
  salary: Salary;
  source: string;
  description: string;
  dateApplied: string;
  deadline: string;
  followUp: string;
  priority: number;
  tags: string[];
  stageId: number;
  stage: string;
  outcome: Outcome;
  /** RFC 3339 time. */
  createdAt: string;
  /** RFC 3339 time. */
  updatedAt: string;
}

/** What the UI sends to create or update an application: times and the stage name are the backend's to set. */
export type ApplicationInput = Omit<Application, 'createdAt' | 'updatedAt' | 'stage'>;

/** One column of the user's pipeline. */
export interface Stage {
  id: number;
  name: string;
  position: number;
}

/** A timestamped Markdown note on an application. */
export interface Note {
  id: number;
  applicationId: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** A person met during the search. */
export interface Contact {
  id: number;
  name: string;
  role: string;
  company: string;
  email: string;
  phone: string;
  profileUrl: string;
  notes: string;
  applicationIds: number[];
  createdAt: string;
  updatedAt: string;
}

/** A follow-up or to-do; applicationId 0 means not tied to one. */
export interface Task {
  id: number;
  applicationId: number;
  title: string;
  due: string;
  done: boolean;
  createdAt: string;
  updatedAt: string;
  /** The application's company and title, as listed ("" when not tied to one); a save ignores them. */
  company: string;
  applicationTitle: string;
}

/** One entry of an application's history. */
export interface TimelineEvent {
  id: number;
  applicationId: number;
  kind: 'created' | 'stage' | 'outcome';
  from: string;
  to: string;
  at: string;
  /** The time is a guess: recorded by an import that knew the stage, not when. */
  estimated?: boolean;
}

/** How an interview takes place; "" for a calendar's interview, whose kind is not known. */
export type InterviewKind = '' | 'phone' | 'video' | 'onsite' | 'other';

/** A calendar event the user confirmed as an interview for an application, or one added by hand. */
export interface Interview {
  /** The calendar event's key. */
  key: string;
  title: string;
  /** RFC 3339 time. */
  start: string;
  /** RFC 3339 time. */
  end: string;
  allDay: boolean;
  location: string;
  meetingUrl: string;
  /** "ics", "google", or "manual" (added by hand: only those are edited and deleted in the app). */
  source: string;
  kind: InterviewKind;
  /** IANA time zone it was set in, "" when not known. */
  timeZone: string;
  /** The event's description (Markdown for one added by hand). */
  notes: string;
}

/** Selects, sorts and pages applications; every field is optional. */
export interface ListQuery {
  search?: string;
  stageIds?: number[];
  stage?: string;
  outcomes?: Outcome[];
  tag?: string;
  appliedFrom?: string;
  appliedTo?: string;
  sort?: SortField;
  desc?: boolean;
  limit?: number;
  offset?: number;
}

/** One page of applications and the total that matched. */
export interface ListResult {
  items: Application[];
  total: number;
}

/** The part of an application a board card shows. */
export interface Card {
  id: number;
  company: string;
  title: string;
  stageId: number;
  outcome: Outcome;
  priority: number;
  tags: string[];
  location: string;
  remote: Remote;
  salary: Salary;
  /** "YYYY-MM-DD" or "". */
  dateApplied: string;
}

/** One page of cards and how many match in all. */
export interface CardList {
  items: Card[];
  total: number;
}

/** An application with everything attached to it. */
export interface ApplicationDetail {
  application: Application;
  notes: Note[];
  contacts: Contact[];
  tasks: Task[];
  events: TimelineEvent[];
  interviews: Interview[];
  duplicates: Application[];
}

/** Where the data lives and how much there is. */
export interface DataInfo {
  dataDir: string;
  dbPath: string;
  dbBytes: number;
  schemaVersion: number;
  applications: number;
  notes: number;
  contacts: number;
  tasks: number;
  /** Huntbook's version. */
  version: string;
}

/** What an import brought in. */
export interface ImportReport {
  path: string;
  /** "zip" or "csv". */
  kind: string;
  applications: number;
  notes: number;
  contacts: number;
  tasks: number;
  stages: number;
  /** Rows of other areas (CVs, AI drafts, calendar events...). */
  other: number;
  /** Such rows that were already there and were skipped. */
  skipped: number;
  /** Configuration found in the file, none of it applied (see applyImportedSettings). */
  settings: FoundSetting[];
  settingsToken: string;
}

/** What an export wrote; path is '' when the user cancelled. */
export interface ExportReport {
  path: string;
  applications: number;
  notes: number;
  contacts: number;
  tasks: number;
  /** Parts of a damaged database the export could not read and left out. */
  unreadable: string[];
}

/** One piece of configuration an import file carries: applied only if the user ticks it. */
export interface FoundSetting {
  id: string;
  /** aiProvider, defaultProvider, promptOverride, redactionTerms, preference, calendar or unknown. */
  kind: string;
  label: string;
  value: string;
  /** What this machine has now ('' when unset). */
  current: string;
  /** Where an AI provider would send requests. */
  baseURL?: string;
  /** The environment variable whose key the requests would carry. */
  keyEnv?: string;
  warning?: string;
  /** Why it cannot be applied; absent when it can. */
  problem?: string;
}

/** One automatic backup of the database. */
export interface BackupInfo {
  path: string;
  name: string;
  bytes: number;
  createdAt: string;
}

// Compile-time drift checks against the generated models.
/** Fails to compile when a generated model and its interface here differ in field names. */
export type ModelDriftChecks = [
  Assert<SameFields<model.Application, Application>>,
  Assert<SameFields<model.Salary, Salary>>,
  Assert<SameFields<model.Stage, Stage>>,
  Assert<SameFields<model.Note, Note>>,
  Assert<SameFields<model.Contact, Contact>>,
  Assert<SameFields<model.Task, Task>>,
  Assert<SameFields<model.Event, TimelineEvent>>,
  Assert<SameFields<model.ListQuery, Required<ListQuery>>>,
  Assert<SameFields<model.ListResult, ListResult>>,
  Assert<SameFields<model.ApplicationDetail, ApplicationDetail>>,
  Assert<SameFields<model.Interview, Interview>>,
  Assert<SameFields<model.Interview, Interview>>,
  Assert<SameFields<service.DataInfo, DataInfo>>,
  Assert<SameFields<service.ImportReport, ImportReport>>,
  Assert<SameFields<service.FoundSetting, FoundSetting>>,
  Assert<SameFields<service.ExportReport, ExportReport>>,
  Assert<SameFields<model.BackupInfo, BackupInfo>>,
];
