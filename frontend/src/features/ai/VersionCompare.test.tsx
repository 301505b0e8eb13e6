import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assistant } from '../../api';
import { renderWithTheme } from '../../test/render';
import { VersionCompare } from './VersionCompare';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, assistant: { ...real.assistant, generationVersions: vi.fn() } };
});

afterEach(() => vi.clearAllMocks());

const version = (n: number, text: string, author = 'model'): assistant.GenerationVersion => ({
  generationId: 4,
  version: n,
  text,
  author,
  createdAt: `2026-12-0${n}T10:00:00Z`,
});

describe('VersionCompare', () => {
  it('compares the latest two versions, then the ones the user picks', async () => {
    vi.mocked(assistant.generationVersions).mockResolvedValue([
      version(1, 'Dear team\nFirst line'),
      version(2, 'Dear team\nSecond line', 'user'),
      version(3, 'Dear team\nThird line'),
    ]);
    renderWithTheme(<VersionCompare generationId={4} latestVersion={3} />);
    expect(await screen.findByRole('table', { name: 'Version 2 compared with version 3' })).toBeInTheDocument();
    expect(assistant.generationVersions).toHaveBeenCalledWith(4);
    await userEvent.setup().selectOptions(screen.getByLabelText('Older version'), '1');
    expect(await screen.findByRole('table', { name: 'Version 1 compared with version 3' })).toBeInTheDocument();
    expect(screen.getByText('First line')).toBeInTheDocument();
  });

  it('reads the versions again when the draft gets a new one, and compares the new latest two', async () => {
    vi.mocked(assistant.generationVersions)
      .mockResolvedValueOnce([version(1, 'a'), version(2, 'b')])
      .mockResolvedValue([version(1, 'a'), version(2, 'b'), version(3, 'c')]);
    const { rerender } = renderWithTheme(<VersionCompare generationId={4} latestVersion={2} />);
    await userEvent.setup().selectOptions(await screen.findByLabelText('Newer version'), '1');
    expect(await screen.findByRole('table', { name: 'Version 1 compared with version 1' })).toBeInTheDocument();
    rerender(<VersionCompare generationId={4} latestVersion={3} />);
    expect(await screen.findByRole('table', { name: 'Version 2 compared with version 3' })).toBeInTheDocument();
    expect(assistant.generationVersions).toHaveBeenCalledTimes(2);
  });

  it('says there is one version only, and shows a read that failed', async () => {
    vi.mocked(assistant.generationVersions).mockResolvedValueOnce([version(1, 'a')]);
    const { unmount } = renderWithTheme(<VersionCompare generationId={4} latestVersion={1} />);
    expect(await screen.findByText(/Only one version so far/)).toBeInTheDocument();
    unmount();
    vi.mocked(assistant.generationVersions).mockRejectedValueOnce(new Error('no such draft'));
    renderWithTheme(<VersionCompare generationId={5} latestVersion={1} />);
    expect(await screen.findByText('Could not load the versions')).toBeInTheDocument();
    expect(screen.getByText('no such draft')).toBeInTheDocument();
  });
});
