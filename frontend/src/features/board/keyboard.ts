/**
 * Keyboard moving on the board: with a card picked up (Space), the left and
 * right arrows jump to the centre of the previous or next lane instead of
 * dnd-kit's default 25 px steps, so a stage is one key press away.
 */
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

interface Box {
  left: number;
  width: number;
}

/**
 * nextLaneLeft returns the left edge the dragged card must have to sit centred
 * in the lane next to the one under its centre (step +1 right, -1 left), or
 * null at either end. lanes are the lanes' boxes in any order.
 */
export function nextLaneLeft(lanes: Box[], card: Box, step: 1 | -1): number | null {
  if (lanes.length === 0) return null;
  const sorted = [...lanes].sort((a, b) => a.left - b.left);
  const centre = card.left + card.width / 2;
  let current = sorted.findIndex((l) => centre >= l.left && centre < l.left + l.width);
  if (current < 0) current = centre < sorted[0].left ? -1 : sorted.length;
  const next = current + step;
  if (next < 0 || next >= sorted.length) return null;
  const target = sorted[next];
  return target.left + (target.width - card.width) / 2;
}

/** laneCoordinates is the KeyboardSensor coordinate getter for the board's lanes. */
export const laneCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  const card = context.collisionRect;
  if (step === 0 || !card) return undefined;
  event.preventDefault();
  const boxes: Box[] = [];
  for (const container of context.droppableContainers.getEnabled()) {
    const rect = context.droppableRects.get(container.id);
    if (rect) boxes.push({ left: rect.left, width: rect.width });
  }
  const left = nextLaneLeft(boxes, { left: card.left, width: card.width }, step);
  if (left === null) return undefined;
  return { x: currentCoordinates.x + (left - card.left), y: currentCoordinates.y };
};
