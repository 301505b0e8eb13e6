/** Typed calls to service.Pipeline: the user's stages. */
import * as bound from '../../wailsjs/go/service/Pipeline';
import { call, orEmpty } from './backend';
import * as norm from './normalize';
import type { Stage } from './types';

const byPosition = (a: Stage, b: Stage) => a.position - b.position;

/** stages returns the pipeline in order. */
export async function stages(): Promise<Stage[]> {
  return orEmpty(await call(() => bound.Stages()))
    .map(norm.stage)
    .sort(byPosition);
}

/** addStage appends a stage. */
export async function addStage(name: string): Promise<Stage> {
  return norm.stage(await call(() => bound.AddStage(name)));
}

/** renameStage renames a stage. */
export async function renameStage(id: number, name: string): Promise<Stage> {
  return norm.stage(await call(() => bound.RenameStage(id, name)));
}

/** reorderStages sets the order of every stage and returns the new pipeline. */
export async function reorderStages(ids: number[]): Promise<Stage[]> {
  return orEmpty(await call(() => bound.ReorderStages(ids)))
    .map(norm.stage)
    .sort(byPosition);
}

/** removeStage deletes a stage, moving its applications to moveTo. */
export async function removeStage(id: number, moveTo: number): Promise<void> {
  await call(() => bound.RemoveStage(id, moveTo));
}
