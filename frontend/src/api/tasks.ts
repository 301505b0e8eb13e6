/** Typed calls to service.Tasks: follow-ups and to-dos. */
import * as bound from '../../wailsjs/go/service/Tasks';
import { model } from '../../wailsjs/go/models';
import { call, orEmpty } from './backend';
import * as norm from './normalize';
import type { Task } from './types';

type TaskInput = Omit<Task, 'createdAt' | 'updatedAt' | 'company' | 'applicationTitle'>;

function toModel(t: TaskInput): model.Task {
  const { id, applicationId, title, due, done } = t;
  return model.Task.createFrom({ id, applicationId, title, due, done });
}

/** list returns open tasks, and done ones too when includeDone is set. */
export async function list(includeDone = false): Promise<Task[]> {
  return orEmpty(await call(() => bound.List(includeDone))).map(norm.task);
}

/** due returns open tasks due on or before day (YYYY-MM-DD). */
export async function due(day: string): Promise<Task[]> {
  return orEmpty(await call(() => bound.Due(day))).map(norm.task);
}

/** create stores a new task. */
export async function create(t: TaskInput): Promise<Task> {
  return norm.task(await call(() => bound.Create(toModel({ ...t, id: 0 }))));
}

/** update saves a task. */
export async function update(t: TaskInput): Promise<Task> {
  return norm.task(await call(() => bound.Update(toModel(t))));
}

/** remove deletes a task. */
export async function remove(id: number): Promise<void> {
  await call(() => bound.Delete(id));
}
