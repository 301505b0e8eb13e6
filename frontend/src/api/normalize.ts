/**
 * Go sends nil slices as null and may omit empty values; these functions give
 * the UI complete objects so components never check for null.
 */
import type {
  Application,
  ApplicationDetail,
  Card,
  CardList,
  Contact,
  Interview,
  InterviewKind,
  ListResult,
  Note,
  Salary,
  Stage,
  Task,
  TimelineEvent,
} from './types';
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

/** listResult fills a list page. */
export function listResult(x: unknown): ListResult {
  const r = (x ?? {}) as Loose<ListResult>;
  const items = list(r.items).map(application);
  return { items, total: typeof r.total === 'number' ? r.total : items.length };
}

/** card fills a board card. */
export function card(x: unknown): Card {
  const c = (x ?? {}) as Loose<Card>;
  return {
    id: num(c.id),
    company: str(c.company),
    title: str(c.title),
    stageId: num(c.stageId),
    outcome: c.outcome || 'open',
    priority: num(c.priority),
    tags: list(c.tags),
    location: str(c.location),
    remote: c.remote ?? '',
    salary: salary(c.salary),
    dateApplied: str(c.dateApplied),
  };
}

/** cardList fills a page of cards. */
export function cardList(x: unknown): CardList {
  const r = (x ?? {}) as Loose<CardList>;
  const items = list(r.items).map(card);
  return { items, total: typeof r.total === 'number' ? r.total : items.length };
}

/** stage fills a stage. */
export function stage(x: unknown): Stage {
  const s = (x ?? {}) as Loose<Stage>;
  return { id: num(s.id), name: str(s.name), position: num(s.position) };
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

/** note fills a note. */
export function note(x: unknown): Note {
  const n = (x ?? {}) as Loose<Note>;
  return {
    id: num(n.id),
    applicationId: num(n.applicationId),
    body: str(n.body),
    createdAt: str(n.createdAt),
    updatedAt: str(n.updatedAt),
  };
}

/** task fills a task. */
export function task(x: unknown): Task {
  const t = (x ?? {}) as Loose<Task>;
  return {
    id: num(t.id),
    applicationId: num(t.applicationId),
    title: str(t.title),
    due: str(t.due),
    done: t.done === true,
    createdAt: str(t.createdAt),
    updatedAt: str(t.updatedAt),
    company: str(t.company),
    applicationTitle: str(t.applicationTitle),
  };
}

function event(x: unknown): TimelineEvent {
  const e = (x ?? {}) as Loose<TimelineEvent>;
  return {
    id: num(e.id),
    applicationId: num(e.applicationId),
    kind: e.kind ?? 'created',
    from: str(e.from),
    to: str(e.to),
    at: str(e.at),
  };
}

/** interview fills an interview of an application from the backend. */
export function interview(x: unknown): Interview {
  const i = (x ?? {}) as Loose<Interview>;
  return {
    key: str(i.key),
    title: str(i.title),
    start: str(i.start),
    end: str(i.end),
    allDay: i.allDay === true,
    location: str(i.location),
    meetingUrl: str(i.meetingUrl),
    source: str(i.source),
    kind: interviewKind(i.kind),
    timeZone: str(i.timeZone),
    notes: str(i.notes),
  };
}

const kinds: readonly string[] = ['phone', 'video', 'onsite', 'other'];

/** interviewKind reads an interview's kind; anything unknown is "". */
export function interviewKind(x: unknown): InterviewKind {
  return typeof x === 'string' && kinds.includes(x) ? (x as InterviewKind) : '';
}

/** detail fills an application with everything attached. */
export function detail(x: unknown): ApplicationDetail {
  const d = (x ?? {}) as Loose<ApplicationDetail>;
  return {
    application: application(d.application),
    notes: list(d.notes).map(note),
    contacts: list(d.contacts).map(contact),
    tasks: list(d.tasks).map(task),
    events: list(d.events).map(event),
    interviews: list(d.interviews).map(interview),
    duplicates: list(d.duplicates).map(application),
  };
}

/** emptyApplication is a new application with every field at its zero value (StageID 0 = first stage). */
export function emptyApplication(): Application {
  return application({});
}
