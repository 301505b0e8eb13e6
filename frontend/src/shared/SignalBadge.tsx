import { memo } from 'react';
import type { SignalBadge as Badge } from './appFacts';
import classes from './StageBadge.module.css';
import { signalPalette } from './stageTone';

const styles = Object.fromEntries(
  Object.entries(signalPalette).map(([kind, { light, dark }]) => [
    kind,
    {
      '--sb-bg-light': light.bg,
      '--sb-fg-light': light.fg,
      '--sb-border-light': light.border,
      '--sb-bg-dark': dark.bg,
      '--sb-fg-dark': dark.fg,
      '--sb-border-dark': dark.border,
    } as React.CSSProperties,
  ]),
);

/** SignalBadge shows a next-interview or follow-up badge in colours that meet WCAG AA in both themes. */
export const SignalBadge = memo(function SignalBadge({ b, size = 'xs' }: { b: Badge; size?: 'xs' | 'sm' }) {
  return (
    <span className={classes.badge} data-size={size} style={styles[b.kind]} title={b.title}>
      {b.label}
    </span>
  );
});
