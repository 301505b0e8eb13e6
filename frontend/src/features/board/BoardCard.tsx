import { memo, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { outcomes, type Card, type Outcome, type Stage } from '../../api';
import { outcomeLabel } from '../../shared/outcome';
import { StageBadge } from '../../shared/StageBadge';
import { SignalBadge } from '../../shared/SignalBadge';
import { appliedAgo, salaryShort, signalBadges } from '../../shared/appFacts';
import { useSignals } from '../../app/signals';
import { Pill } from '../../shared/Pill';
import classes from './Board.module.css';

/** Height of a card plus the gap below it, in pixels: fixed, so long lanes are virtualised without measuring. */
export const cardSlot = 112;

/**
 * CardFace is what a card shows; the drag overlay reuses it. stage is the
 * stage's name, shown only in the closed lane (where cards of every stage meet).
 */
export const CardFace = memo(function CardFace({ a, stage }: { a: Card; stage?: string }) {
  const closed = a.outcome !== 'open';
  const signals = useSignals();
  const badges = signalBadges(signals.of(a.id), signals.now);
  return (
    <>
      <div className={classes.company} title={a.company}>
        {a.company}
      </div>
      <div className={classes.title} title={a.title}>
        {a.title}
      </div>
      <CardMeta a={a} />
      <div className={classes.badges}>
        {badges.map((b) => (
          <SignalBadge key={b.kind} b={b} />
        ))}
        {stage && <StageBadge stage={stage} outcome={a.outcome} size="xs" />}
        {closed && <StageBadge stage={stage ?? ''} outcome={a.outcome} size="xs" label={outcomeLabel(a.outcome)} />}
        {a.tags.slice(0, tagRoom(badges.length)).map((t) => (
          <Pill key={t} color="gray" variant="outline" size="xs">
            {t}
          </Pill>
        ))}
      </div>
    </>
  );
});

/** tagRoom is how many tags fit on the badge line beside n signal badges (the line does not wrap). */
function tagRoom(n: number): number {
  return n >= 2 ? 0 : n === 1 ? 1 : 3;
}

/** CardMeta is the card's third line: where, the pay and how long ago it was applied to, as far as known. */
function CardMeta({ a }: { a: Card }) {
  const { today } = useSignals();
  const where = [a.location, a.remote].filter(Boolean).join(' · ');
  const pay = salaryShort(a.salary);
  const ago = appliedAgo(a.dateApplied, today);
  if (!where && !pay && !ago) return <div className={classes.meta} />;
  return (
    <div className={classes.meta}>
      {where && (
        <span className={classes.where} title={where}>
          {where}
        </span>
      )}
      {pay && <span title="Salary">{pay}</span>}
      {ago && <span title={`Applied ${a.dateApplied}`}>{ago}</span>}
    </div>
  );
}

interface MenuProps {
  a: Card;
  name: string;
  stages: Stage[];
  onMove: (id: number, stageId: number) => Promise<void>;
  onOutcome: (id: number, outcome: Outcome) => Promise<void>;
}

/**
 * CardMenu is the card's "Move to…" menu. Until it is first opened it is a
 * plain button: a Mantine Menu on each of dozens of cards costs time on every
 * render, and most are never opened.
 */
const CardMenu = memo(function CardMenu({ a, name, stages, onMove, onOutcome }: MenuProps) {
  const [used, setUsed] = useState(false);
  const [opened, setOpened] = useState(false);
  const target = useRef<HTMLButtonElement>(null);
  // The first click swaps the plain button for one inside a Menu. Focus the
  // new button before opening, so the menu gives focus back to it on close.
  useEffect(() => {
    if (!used) return;
    target.current?.focus();
    setOpened(true);
  }, [used]);
  // A native button styled like a subtle ActionIcon: 60 Mantine buttons cost
  // measurable time when the board opens.
  const button = (
    <button
      ref={target}
      type="button"
      aria-label={`Move ${name} to…`}
      aria-haspopup="menu"
      className={classes.cardMenu}
      onClick={used ? undefined : () => setUsed(true)}
    >
      <IconDots size={16} aria-hidden />
    </button>
  );
  if (!used) return button;
  return (
    <Menu position="bottom-end" withinPortal shadow="md" opened={opened} onChange={setOpened}>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Move to stage</Menu.Label>
        {stages
          .filter((s) => s.id !== a.stageId)
          .map((s) => (
            <Menu.Item key={s.id} onClick={() => void onMove(a.id, s.id)}>
              {s.name}
            </Menu.Item>
          ))}
        <Menu.Divider />
        <Menu.Label>Outcome</Menu.Label>
        {outcomes
          .filter((o) => o !== a.outcome)
          .map((o) => (
            <Menu.Item key={o} onClick={() => void onOutcome(a.id, o)}>
              {o === 'open' ? 'Reopen' : outcomeLabel(o)}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
});

interface Props {
  a: Card;
  stages: Stage[];
  /** Pixels from the top of the lane's list (virtualised position). */
  top: number;
  faded: boolean;
  /** The stage's name on the card (closed lane only). */
  stage?: string;
  onOpen: (id: number) => void;
  onMove: (id: number, stageId: number) => Promise<void>;
  onOutcome: (id: number, outcome: Outcome) => Promise<void>;
}

/**
 * BoardCard is one application on the board. Drag it with the mouse, or focus
 * it, press Space, choose a lane with the arrow keys and press Space again;
 * the "Move to…" menu does the same with a click. Enter or a click opens it.
 */
export const BoardCard = memo(function BoardCard({ a, stages, top, faded, stage, onOpen, onMove, onOutcome }: Props) {
  // Re-renders whenever the drag state changes; the face and the menu are
  // memoised so only this shell does.
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: a.id,
    data: { card: a },
  });
  const name = `${a.company}, ${a.title}`;
  const style: CSSProperties = { transform: `translateY(${top}px)`, height: cardSlot - 8 };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && !isDragging) {
      e.preventDefault();
      onOpen(a.id);
      return;
    }
    // Only the sensors in use put a handler in the map: the keyboard's may be absent.
    const dndKeyDown = listeners?.onKeyDown as ((e: KeyboardEvent<HTMLDivElement>) => void) | undefined;
    dndKeyDown?.(e);
  };
  // No aria-label: the card is named by what it shows (company, title, where,
  // pay, badges, the outcome of a closed one), so a spoken name and a voice
  // command ("click Acme") both match the visible text.
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
        className={classes.cardBody}
        onClick={() => onOpen(a.id)}
      >
        <CardFace a={a} stage={stage} />
      </div>
      <CardMenu a={a} name={name} stages={stages} onMove={onMove} onOutcome={onOutcome} />
    </div>
  );
});
