/**
 * The backend's domain types under the names views use. Every type here is
 * generated from Go (generated.ts, `make bindings`): add a field in Go,
 * regenerate, and it is here. Only what Go does not say is written by hand:
 * the input shapes the page sends.
 */
import type * as go from './generated';

export type {
  About,
  Application,
  ApplicationDetail,
  BackupInfo,
  Card,
  CardList,
  Contact,
  DataInfo,
  ExportReport,
  FoundSetting,
  ImportReport,
  InterviewKind,
  ListResult,
  Note,
  Outcome,
  Remote,
  Salary,
  SortField,
  Stage,
  Task,
} from './generated';

/** One entry of an application's history (Go's model.Event). */
export type TimelineEvent = go.Event;

/** A calendar event the user confirmed as an interview for an application (Go's model.Interview). */
export type Interview = go.ModelInterview;

/** Every outcome in display order. */
export const outcomes: readonly go.Outcome[] = ['open', 'accepted', 'rejected', 'withdrawn', 'ghosted', 'expired'];

/** What the UI sends to create or update an application: times and the stage name are the backend's to set. */
export type ApplicationInput = Omit<go.Application, 'createdAt' | 'updatedAt' | 'stage'>;

/** Selects, sorts and pages applications; a field left out does not filter (Go reads it as zero). */
export type ListQuery = Partial<go.ListQuery>;
