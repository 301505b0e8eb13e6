import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applicationsChanged, onApplicationsChanged } from './changes';
import {
  closeApplication,
  openApplication,
  openedApplication,
  requestCloseApplication,
  setLeaveGuard,
  useOpenedApplication,
} from './navigation';

afterEach(() => closeApplication());

describe('detail opener', () => {
  it('opens, replaces and closes, re-rendering subscribers', () => {
    const { result } = renderHook(() => useOpenedApplication());
    expect(result.current).toBe(0);
    act(() => openApplication(7));
    expect(result.current).toBe(7);
    act(() => openApplication(9));
    expect(result.current).toBe(9);
    act(() => closeApplication());
    expect(result.current).toBe(0);
    expect(openedApplication()).toBe(0);
  });

  it('ignores ids that cannot be applications', () => {
    openApplication(0);
    openApplication(-3);
    openApplication(1.5);
    openApplication(Number.NaN);
    expect(openedApplication()).toBe(0);
  });

  it('tells change listeners until they unsubscribe', () => {
    const seen = vi.fn();
    const off = onApplicationsChanged(seen);
    applicationsChanged([3]);
    off();
    applicationsChanged([4]);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenCalledWith([3]);
  });

  it('asks the leave guard before replacing or closing, unless forced', () => {
    openApplication(3);
    const asked: number[] = [];
    const off = setLeaveGuard((next) => {
      asked.push(next);
      return false;
    });
    openApplication(4);
    expect(requestCloseApplication()).toBe(false);
    expect(openedApplication()).toBe(3);
    expect(asked).toEqual([4, 0]);
    openApplication(4, true);
    expect(openedApplication()).toBe(4);
    off();
    expect(requestCloseApplication()).toBe(true);
    expect(openedApplication()).toBe(0);
  });
});
