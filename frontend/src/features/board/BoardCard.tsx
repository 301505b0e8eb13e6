import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Badge, Group, Menu, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { outcomes, type Application, type Outcome, type Stage } from '../../api';
import { outcomeColor, outcomeLabel } from '../applications/format';
import classes from './Board.module.css';

/** Height of a card plus the gap below it, in pixels: fixed, so long lanes are virtualised without measuring. */
export const cardSlot = 86;

/** CardFace is what a card shows; the drag overlay reuses it. */
export function CardFace({ a, showStage }: { a: Application; showStage?: boolean }) {
  const closed = a.outcome !== 'open';
  return (
    <>
      <Text fw={600} size="sm" truncate="end">
        {a.company}
      </Text>
      <Text size="sm" truncate="end">
        {a.title}
      </Text>
      <Group gap={4} wrap="nowrap" mt={4} className={classes.badges}>
        {showStage && (
          <Badge size="xs" variant="light" color="gray" tt="none">
            {a.stage}
          </Badge>
        )}
        {closed && (
          <Badge size="xs" variant="light" color={outcomeColor(a.outcome)} tt="none">
            {outcomeLabel(a.outcome)}
          </Badge>
        )}
        {a.tags.slice(0, 3).map((t) => (
          <Badge key={t} size="xs" variant="outline" color="gray" tt="none">
            {t}
          </Badge>
        ))}
      </Group>
    </>
  );
}

interface Props {
  a: Application;
  stages: Stage[];
  /** Pixels from the top of the lane's list (virtualised position). */
  top: number;
  faded: boolean;
  showStage: boolean;
  onOpen: (id: number) => void;
  onMove: (id: number, stageId: number) => void;
  onOutcome: (id: number, outcome: Outcome) => void;
}

/**
 * BoardCard is one application on the board. Drag it with the mouse, or focus
 * it, press Space, choose a lane with the arrow keys and press Space again;
 * the "Move to…" menu does the same with a click. Enter or a click opens it.
 */
export const BoardCard = memo(function BoardCard({ a, stages, top, faded, showStage, onOpen, onMove, onOutcome }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: a.id,
    data: { app: a },
  });
  const name = `${a.company}, ${a.title}`;
  const style: CSSProperties = { transform: `translateY(${top}px)`, height: cardSlot - 8 };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && !isDragging) {
      e.preventDefault();
      onOpen(a.id);
      return;
    }
    listeners?.onKeyDown?.(e);
  };
  return (
    <div
      ref={setNodeRef}
      className={classes.card}
      style={style}
      data-app-id={a.id}
      data-faded={faded || undefined}
      data-dragging={isDragging || undefined}
    >
      <div
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        aria-label={`${name}${a.outcome !== 'open' ? ` (${outcomeLabel(a.outcome)})` : ''}`}
        className={classes.cardBody}
        onClick={() => onOpen(a.id)}
      >
        <CardFace a={a} showStage={showStage} />
      </div>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Move ${name} to…`} className={classes.cardMenu}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Move to stage</Menu.Label>
          {stages
            .filter((s) => s.id !== a.stageId)
            .map((s) => (
              <Menu.Item key={s.id} onClick={() => onMove(a.id, s.id)}>
                {s.name}
              </Menu.Item>
            ))}
          <Menu.Divider />
          <Menu.Label>Outcome</Menu.Label>
          {outcomes
            .filter((o) => o !== a.outcome)
            .map((o) => (
              <Menu.Item key={o} onClick={() => onOutcome(a.id, o)}>
                {o === 'open' ? 'Reopen' : outcomeLabel(o)}
              </Menu.Item>
            ))}
        </Menu.Dropdown>
      </Menu>
    </div>
  );
});
