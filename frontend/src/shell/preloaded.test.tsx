import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { preloaded } from './preloaded';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('preloaded', () => {
  it('renders a preloaded view at once, without showing the Suspense fallback', async () => {
    const load = vi.fn(async () => ({ default: Hello }));
    const view = preloaded(load);
    await view.preload();
    await view.preload(); // loads once
    expect(load).toHaveBeenCalledTimes(1);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <view.View name="board" />
      </Suspense>,
    );
    expect(screen.getByText('Hello board')).toBeInTheDocument(); // synchronously: no fallback first
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('suspends like React.lazy when the view was not preloaded', async () => {
    let resolve: (m: { default: typeof Hello }) => void = () => {};
    const view = preloaded(() => new Promise<{ default: typeof Hello }>((r) => (resolve = r)));
    render(
      <Suspense fallback={<p>Loading</p>}>
        <view.View name="list" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => resolve({ default: Hello }));
    expect(await screen.findByText('Hello list')).toBeInTheDocument();
  });

  it('tries again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Hello }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ default: Hello });
    const view = preloaded(load);
    await expect(view.preload()).rejects.toThrow('offline');
    await view.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
