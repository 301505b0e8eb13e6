import { afterEach, describe, expect, it, vi } from 'vitest';
import { onFileDrop } from './profile';

type DropCallback = (x: number, y: number, paths: string[]) => void;

/** A stand-in for Wails' runtime drop API, which keeps one callback per page. */
function fakeRuntime() {
  const rt = {
    callback: null as DropCallback | null,
    OnFileDrop: vi.fn((cb: DropCallback) => {
      if (!rt.callback) rt.callback = cb; // Wails ignores a second registration
    }),
    // Wails' "off" also drops the Go side's listener (the backend's record of dropped files).
    OnFileDropOff: vi.fn(() => {
      rt.callback = null;
    }),
    drop(paths: string[]) {
      rt.callback?.(0, 0, paths);
    },
  };
  return rt;
}

afterEach(() => {
  delete (window as { runtime?: unknown }).runtime;
});

describe('onFileDrop', () => {
  it('lets views take turns without ever turning the drop off for the whole page', () => {
    const rt = fakeRuntime();
    (window as { runtime?: unknown }).runtime = rt;
    const list = vi.fn();
    const cv = vi.fn();
    const stopList = onFileDrop(list);
    rt.drop(['/home/a/job.html']);
    expect(list).toHaveBeenCalledWith(['/home/a/job.html']);

    // The applications list leaves, the CV view comes: its drops reach it.
    stopList();
    const stopCV = onFileDrop(cv);
    rt.drop(['/home/a/cv.pdf']);
    expect(cv).toHaveBeenCalledWith(['/home/a/cv.pdf']);
    expect(list).toHaveBeenCalledTimes(1);
    expect(rt.OnFileDropOff).not.toHaveBeenCalled();
    expect(rt.OnFileDrop).toHaveBeenCalledTimes(1);

    // The latest listener hears a drop; the earlier one again once it leaves.
    const again = vi.fn();
    const stopAgain = onFileDrop(again);
    rt.drop(['/home/a/x.md']);
    expect(again).toHaveBeenCalledTimes(1);
    expect(cv).toHaveBeenCalledTimes(1);
    stopAgain();
    rt.drop(['/home/a/y.md']);
    expect(cv).toHaveBeenLastCalledWith(['/home/a/y.md']);
    stopCV();
    rt.drop(['/home/a/z.md']);
    expect(cv).toHaveBeenCalledTimes(2);
  });
});
