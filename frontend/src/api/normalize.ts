/**
 * Readers for payloads that do not come from a typed bound call: calendar
 * and job drafts the page builds from loose data, and the empty
 * application. Bound calls return the generated types as they are (Go sends
 * no null lists: service's TestBoundResultsHaveNoNullLists).
 */
import type { Application, Contact, InterviewKind, Salary } from './types';
import { str, num } from './read';

type Loose<T> = { [K in keyof T]?: T[K] | null };

const list = <T>(v: T[] | null | undefined): T[] => (Array.isArray(v) ? v : []);

/** salary fills a possibly partial salary. */
export function salary(x: unknown): Salary {
  const s = (x ?? {}) as Loose<Salary>;
  return { min: num(s.min), max: num(s.max), currency: str(s.currency), period: s.period ?? '' };
}

/** application fills a possibly partial application from the backend. */
export function application(x: unknown): Application {
  const a = (x ?? {}) as Loose<Application>;
  return {
    id: num(a.id),
    company: str(a.company),
    title: str(a.title),
    url: str(a.url),
    location: str(a.location),
    remote: a.remote ?? '',
    salary: salary(a.salary),
    source: str(a.source),
    description: str(a.description),
    dateApplied: str(a.dateApplied),
    deadline: str(a.deadline),
    followUp: str(a.followUp),
    priority: num(a.priority),
    tags: list(a.tags),
    stageId: num(a.stageId),
    stage: str(a.stage),
    outcome: a.outcome || 'open',
    createdAt: str(a.createdAt),
    updatedAt: str(a.updatedAt),
  };
}

/** contact fills a contact. */
export function contact(x: unknown): Contact {
  const c = (x ?? {}) as Loose<Contact>;
  return {
    id: num(c.id),
    name: str(c.name),
    role: str(c.role),
    company: str(c.company),
    email: str(c.email),
    phone: str(c.phone),
    profileUrl: str(c.profileUrl),
    notes: str(c.notes),
    applicationIds: list(c.applicationIds),
    createdAt: str(c.createdAt),
    updatedAt: str(c.updatedAt),
  };
}

const kinds: readonly string[] = ['phone', 'video', 'onsite', 'other'];

/** interviewKind reads an interview's kind; anything unknown is "". */
export function interviewKind(x: unknown): InterviewKind {
  return typeof x === 'string' && kinds.includes(x) ? (x as InterviewKind) : '';
}

/** emptyApplication is a new application with every field at its zero value (StageID 0 = first stage). */
export function emptyApplication(): Application {
  return application({});
}
