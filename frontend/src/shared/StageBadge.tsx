import { memo, type CSSProperties } from 'react';
import type { Outcome } from '../api';
import { stageTone, tonePalette, type Tone } from './stageTone';
import classes from './StageBadge.module.css';

// One style object per tone, shared by every badge of that tone.
const styles = Object.fromEntries(
  Object.entries(tonePalette).map(([tone, { light, dark }]) => [
    tone,
    {
      '--sb-bg-light': light.bg,
      '--sb-fg-light': light.fg,
      '--sb-border-light': light.border,
      '--sb-bg-dark': dark.bg,
      '--sb-fg-dark': dark.fg,
      '--sb-border-dark': dark.border,
    } as CSSProperties,
  ]),
) as Record<Tone, CSSProperties>;

/**
 * StageBadge shows an application's stage coloured by what it means (see
 * stageTone): Offer and Interviewing filled and strong, the stages before
 * them tinted, a closed application muted whatever its stage. A plain span
 * (no Mantine component): the list and the board draw dozens at once.
 * label replaces the stage's name as text (say "Rejected" in a closed lane);
 * the tone still comes from stage and outcome.
 */
export const StageBadge = memo(function StageBadge({
  stage,
  outcome = 'open',
  size = 'sm',
  label,
}: {
  stage: string;
  outcome?: Outcome;
  size?: 'xs' | 'sm';
  label?: string;
}) {
  const tone = stageTone(stage, outcome);
  const text = label ?? (stage || '—');
  return (
    <span className={classes.badge} data-tone={tone} data-size={size} style={styles[tone]} title={text}>
      {text}
    </span>
  );
});
