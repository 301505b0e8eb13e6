/** Typed calls to service.Applications. */
import { call, goStruct } from './backend';
import type { Duplicate, DuplicateQuery, Input } from './generated';
import type {
  Application,
  ApplicationDetail,
  ApplicationInput,
  CardList,
  ListQuery,
  ListResult,
  Note,
  Outcome,
} from './types';

const bound = goStruct('service', 'Applications');

function toModel(a: ApplicationInput): Input<Application> {
  // Times and the stage name are set by the backend; sending "" for a Go
  // time.Time would fail to decode, so they are left out.
  const {
    id,
    company,
    title,
    url,
    location,
    remote,
    salary,
    source,
    description,
    dateApplied,
    deadline,
    followUp,
    priority,
    tags,
    stageId,
    outcome,
  } = a;
  return {
    id,
    company,
    title,
    url,
    location,
    remote,
    salary,
    source,
    description,
    dateApplied,
    deadline,
    followUp,
    priority,
    tags,
    stageId,
    outcome,
  };
}

/** list returns the applications matching q, sorted and paged. */
export async function list(q: ListQuery = {}): Promise<ListResult> {
  return call(() => bound.List(q));
}

/** cards returns the board's view of the applications matching q: a few fields each, sorted and paged. */
export async function cards(q: ListQuery = {}): Promise<CardList> {
  return call(() => bound.Cards(q));
}

/** ids returns the id of every application matching q, in q's order (for "select all" in a paged list). */
export async function ids(q: ListQuery = {}): Promise<number[]> {
  return call(() => bound.IDs(q));
}

/** get returns one application with its notes, contacts, tasks, timeline and duplicates. */
export async function get(id: number): Promise<ApplicationDetail> {
  return call(() => bound.Get(id));
}

/** create stores a new application; stageId 0 puts it in the first stage. */
export async function create(a: ApplicationInput): Promise<Application> {
  return call(() => bound.Create(toModel({ ...a, id: 0 })));
}

/** The fields update may change (model.EditableFields); the stage and the outcome have their own calls. */
export type EditableField =
  | 'company'
  | 'title'
  | 'url'
  | 'location'
  | 'remote'
  | 'salary'
  | 'source'
  | 'description'
  | 'dateApplied'
  | 'deadline'
  | 'followUp'
  | 'priority'
  | 'tags';

/** Every editable field, in the order the backend lists them. */
export const editableFields: readonly EditableField[] = [
  'company',
  'title',
  'url',
  'location',
  'remote',
  'salary',
  'source',
  'description',
  'dateApplied',
  'deadline',
  'followUp',
  'priority',
  'tags',
];

/** Some editable fields of an application, by name. */
export type ApplicationChanges = Partial<Pick<Application, EditableField>>;

/**
 * update saves the fields in `changes`, and only those, on application `id`.
 * `base` holds the values those fields had when the user started changing
 * them (an application read earlier will do). A field someone else changed
 * since (another window, the command line) is not overwritten: the call
 * rejects with an ApiError of code "conflict" whose `conflicts` hold their
 * value and yours, and nothing is saved. Tags merge: your additions and
 * removals apply to the stored tags. A field not in `changes` (the stage
 * above all) is never sent, so it cannot be written back from an old copy.
 */
export async function update(id: number, changes: ApplicationChanges, base: ApplicationChanges): Promise<Application> {
  const fields = editableFields.filter((f) => changes[f] !== undefined);
  const was: ApplicationChanges = {};
  for (const f of fields) (was as Record<string, unknown>)[f] = base[f];
  const edit = { id, fields, base: was, set: changes };
  return call(() => bound.Update(edit));
}

/** remove deletes the applications with the given ids. */
export async function remove(ids: number[]): Promise<void> {
  await call(() => bound.Delete(ids));
}

/** move puts an application in another stage and records it on the timeline. */
export async function move(id: number, stageId: number): Promise<Application> {
  return call(() => bound.Move(id, stageId));
}

/** setOutcome records how an application ended ("open" reopens it). */
export async function setOutcome(id: number, outcome: Outcome): Promise<Application> {
  return call(() => bound.SetOutcome(id, outcome));
}

export type { Duplicate, DuplicateQuery, DuplicateReason } from './generated';

/** duplicates returns tracked applications that may be the job q describes: same link first, then same company and title. */
export async function duplicates(q: Input<DuplicateQuery>): Promise<Duplicate[]> {
  return call(() => bound.Duplicates(q));
}

/** tags returns every tag in use. */
export async function tags(): Promise<string[]> {
  return call(() => bound.Tags());
}

/** addNote adds a note to an application. */
export async function addNote(applicationId: number, body: string): Promise<Note> {
  return call(() => bound.AddNote(applicationId, body));
}

/** updateNote replaces a note's text. */
export async function updateNote(id: number, body: string): Promise<Note> {
  return call(() => bound.UpdateNote(id, body));
}

/** deleteNote removes a note. */
export async function deleteNote(id: number): Promise<void> {
  await call(() => bound.DeleteNote(id));
}

/** bulkMove puts several applications in one stage. */
export async function bulkMove(ids: number[], stageId: number): Promise<void> {
  await call(() => bound.BulkMove(ids, stageId));
}

/** bulkSetOutcome records one outcome for several applications. */
export async function bulkSetOutcome(ids: number[], outcome: Outcome): Promise<void> {
  await call(() => bound.BulkSetOutcome(ids, outcome));
}

/** bulkTag adds and removes tags on several applications. */
export async function bulkTag(ids: number[], add: string[], remove: string[]): Promise<void> {
  await call(() => bound.BulkTag(ids, add, remove));
}
