/** Typed calls to service.Pipeline: the user's stages. */
import { call, goStruct } from './backend';
import type { Stage } from './types';

const bound = goStruct('service', 'Pipeline');

const byPosition = (a: Stage, b: Stage) => a.position - b.position;

/** stages returns the pipeline in order. */
export async function stages(): Promise<Stage[]> {
  return (await call(() => bound.Stages())).sort(byPosition);
}

/** addStage appends a stage. */
export async function addStage(name: string): Promise<Stage> {
  return call(() => bound.AddStage(name));
}

/** renameStage renames a stage. */
export async function renameStage(id: number, name: string): Promise<Stage> {
  return call(() => bound.RenameStage(id, name));
}

/** reorderStages sets the order of every stage and returns the new pipeline. */
export async function reorderStages(ids: number[]): Promise<Stage[]> {
  return (await call(() => bound.ReorderStages(ids))).sort(byPosition);
}

/** removeStage deletes a stage, moving its applications to moveTo. */
export async function removeStage(id: number, moveTo: number): Promise<void> {
  await call(() => bound.RemoveStage(id, moveTo));
}
