/**
 * useFileDrop hands files dropped on the window to the view that is shown
 * (the CV view, the Inbox): Wails hands over their paths (file drop is
 * enabled in app.go), and dragging files over the page shows a drop hint.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import { profile } from '../api';

/** useFileDrop calls onPaths with dropped file paths and reports whether files are being dragged over the window. */
export function useFileDrop(onPaths: (paths: string[]) => Promise<void> | void): boolean {
  const [dragging, setDragging] = useState(false);
  const handler = useEffectEvent(onPaths);

  useEffect(() => {
    const off = profile.onFileDrop((paths) => {
      setDragging(false);
      void handler(paths);
    });
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const end = () => {
      depth = 0;
      setDragging(false);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', end);
    return () => {
      off();
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', end);
    };
  }, []);
  return dragging;
}
