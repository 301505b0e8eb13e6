import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, pipeline, type Stage } from '../../api';
import { onApplicationsChanged } from '../../app/changes';
import { renderWithTheme } from '../../test/render';
import { StagesSection } from './StagesSection';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    pipeline: {
      ...real.pipeline,
      stages: vi.fn(),
      removeStage: vi.fn(),
      reorderStages: vi.fn(),
      renameStage: vi.fn(),
      addStage: vi.fn(),
    },
  };
});

let stored: Stage[];
beforeEach(() => {
  stored = ['Wishlist', 'Applied', 'Interview'].map((name, i) => ({ id: i + 1, name, position: i }));
  vi.mocked(pipeline.stages)
    .mockReset()
    .mockImplementation(async () => stored);
  vi.mocked(pipeline.removeStage).mockReset();
  vi.mocked(pipeline.reorderStages)
    .mockReset()
    .mockImplementation(async (ids: number[]) => {
      stored = ids.map((id, i) => ({ ...stored.find((s) => s.id === id)!, position: i }));
      return stored;
    });
});

const names = () =>
  within(screen.getByRole('list', { name: 'Stages' }))
    .getAllByRole('textbox')
    .map((i) => (i as HTMLInputElement).value);

describe('StagesSection', () => {
  it('keeps the remove dialog open with the reason when removing fails, and reads the stages again once removed', async () => {
    const changes = vi.fn();
    const off = onApplicationsChanged(changes);
    renderWithTheme(<StagesSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Applied' }, { timeout: 5000 }));
    vi.mocked(pipeline.removeStage).mockRejectedValueOnce(new ApiError('invalid', 'pick another stage'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove stage' }));
    expect(await within(dialog).findByText('pick another stage')).toBeInTheDocument();
    expect(pipeline.removeStage).toHaveBeenCalledWith(2, 1);

    vi.mocked(pipeline.removeStage).mockImplementation(async () => {
      stored = stored.filter((s) => s.id !== 2);
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove stage' }));
    await waitFor(() => expect(names()).toEqual(['Wishlist', 'Interview']));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(changes).toHaveBeenCalledWith([]);
    off();
  });

  it('shows the order the backend stored, and why a move failed', async () => {
    renderWithTheme(<StagesSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Move Interview up' }));
    await waitFor(() => expect(names()).toEqual(['Wishlist', 'Interview', 'Applied']));
    expect(pipeline.reorderStages).toHaveBeenCalledWith([1, 3, 2]);

    vi.mocked(pipeline.reorderStages).mockRejectedValueOnce(new ApiError('internal', 'disk full'));
    fireEvent.click(screen.getByRole('button', { name: 'Move Applied up' }));
    expect(await screen.findByText('disk full')).toBeInTheDocument();
    expect(names()).toEqual(['Wishlist', 'Interview', 'Applied']);
  });

  it('says why the stages could not be read, and reads again on request', async () => {
    vi.mocked(pipeline.stages).mockRejectedValueOnce(new ApiError('internal', 'database is locked'));
    renderWithTheme(<StagesSection />);
    expect(await screen.findByText('database is locked')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(names()).toEqual(['Wishlist', 'Applied', 'Interview']));
  });
});
