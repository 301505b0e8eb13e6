import { lazy, type ComponentType } from 'react';

/** A view whose code loads on first use, or earlier with preload. */
export interface PreloadedView<P extends object> {
  View: ComponentType<P>;
  /** preload fetches and runs the view's code now (safe to call many times). */
  preload: () => Promise<unknown>;
}

/**
 * preloaded is React.lazy for a view that may be preloaded. Once the code has
 * loaded, the view renders directly instead of through lazy: a lazy
 * component suspends on its first render even when its module is already
 * there, and React holds the revealed content back for up to 300 ms after a
 * Suspense fallback (its fallback throttle), which made the board's first
 * visit ~300 ms slower than the next ones.
 */
export function preloaded<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): PreloadedView<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const loadOnce = () => {
    if (!loading) {
      const p = load().then((m) => {
        loaded = m.default;
        return m;
      });
      p.catch(() => {
        if (loading === p) loading = null; // the next try loads again
      });
      loading = p;
    }
    return loading;
  };
  const Lazy = lazy(loadOnce);
  function View(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { View, preload: loadOnce };
}
