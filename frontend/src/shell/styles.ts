let started = false;

/**
 * loadAllStyles loads the rest of Mantine's styles (every component: the
 * other views, dialogs, menus) just after the first screen has been painted;
 * firstScreenStyles.ts holds only what that screen needs. Later calls do
 * nothing.
 */
export function loadAllStyles(): void {
  if (started) return;
  started = true;
  const load = () => {
    import('./allStyles').catch((e: unknown) => console.error('huntbook: loading the styles', e));
  };
  // A timeout queued from the frame callback runs once that frame is painted.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(load, 0));
  else setTimeout(load, 0);
}
