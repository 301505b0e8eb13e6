import type { CSSProperties, ReactNode } from 'react';
import classes from './Pill.module.css';

/**
 * Pill is a small light badge in a Mantine colour ("gray", "red", ...). The
 * list's rows and the board's cards use it instead of Mantine's Badge, which
 * costs several components and style computations each: times 40 rows on
 * every re-sort, or 60 cards when the board opens.
 */
export function Pill({
  color,
  variant = 'light',
  size = 'sm',
  children,
}: {
  color: string;
  variant?: 'light' | 'outline';
  size?: 'xs' | 'sm';
  children: ReactNode;
}) {
  const style = {
    '--pill-bg': variant === 'light' ? `var(--mantine-color-${color}-light)` : 'transparent',
    '--pill-fg': `var(--mantine-color-${color}-light-color)`,
    '--pill-border': variant === 'outline' ? `var(--mantine-color-${color}-outline)` : 'transparent',
  } as CSSProperties;
  return (
    <span className={classes.pill} data-size={size} style={style}>
      {children}
    </span>
  );
}
