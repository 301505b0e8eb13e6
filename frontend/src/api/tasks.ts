/** Typed calls to service.Tasks: follow-ups and to-dos. */
import { call, goStruct } from './backend';
import type { Input } from './generated';
import type { Task } from './types';

type TaskInput = Omit<Task, 'createdAt' | 'updatedAt' | 'company' | 'applicationTitle'>;

const bound = goStruct('service', 'Tasks');

function toModel(t: TaskInput): Input<Task> {
  const { id, applicationId, title, due, done } = t;
  return { id, applicationId, title, due, done };
}

/** list returns open tasks, and done ones too when includeDone is set. */
export async function list(includeDone = false): Promise<Task[]> {
  return call(() => bound.List(includeDone));
}

/** due returns open tasks due on or before day (YYYY-MM-DD). */
export async function due(day: string): Promise<Task[]> {
  return call(() => bound.Due(day));
}

/** create stores a new task. */
export async function create(t: TaskInput): Promise<Task> {
  return call(() => bound.Create(toModel({ ...t, id: 0 })));
}

/** update saves a task. */
export async function update(t: TaskInput): Promise<Task> {
  return call(() => bound.Update(toModel(t)));
}

/** remove deletes a task. */
export async function remove(id: number): Promise<void> {
  await call(() => bound.Delete(id));
}
