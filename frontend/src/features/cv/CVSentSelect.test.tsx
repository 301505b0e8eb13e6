import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, profile } from '../../api';
import { renderWithTheme } from '../../test/render';
import { CVSentSelect } from './CVSentSelect';
import { parsedVersion } from './testdata';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    profile: { ...real.profile, versions: vi.fn(), linkedCV: vi.fn(), linkCV: vi.fn(), unlinkCV: vi.fn() },
  };
});

const p = vi.mocked(profile);

beforeEach(() => {
  vi.clearAllMocks();
  p.versions.mockResolvedValue([parsedVersion({ id: 7, label: 'Backend 2026' }), parsedVersion({ id: 8, label: '' })]);
});

describe('CVSentSelect', () => {
  it('shows the linked version, links another and unlinks', async () => {
    const user = userEvent.setup();
    p.linkedCV.mockResolvedValue(parsedVersion({ id: 7, label: 'Backend 2026' }));
    p.linkCV.mockResolvedValue();
    p.unlinkCV.mockResolvedValue();
    renderWithTheme(<CVSentSelect appId={3} />);
    const select = screen.getByLabelText('CV sent');
    await waitFor(() => expect(select).toHaveValue('7'));
    expect(p.linkedCV).toHaveBeenCalledWith(3);
    await user.selectOptions(select, '8');
    expect(p.linkCV).toHaveBeenCalledWith(3, 8);
    await waitFor(() => expect(select).toBeEnabled());
    await user.selectOptions(select, '');
    expect(p.unlinkCV).toHaveBeenCalledWith(3);
  });

  it('puts the choice back and says why when linking fails', async () => {
    const user = userEvent.setup();
    p.linkedCV.mockResolvedValue(null);
    p.linkCV.mockRejectedValue(new ApiError('not_found', 'CV version 8 does not exist'));
    renderWithTheme(<CVSentSelect appId={3} />);
    const select = screen.getByLabelText('CV sent');
    await waitFor(() => expect(select).toBeEnabled());
    await user.selectOptions(select, '8');
    expect(await screen.findByText('CV version 8 does not exist.')).toBeInTheDocument();
    expect(select).toHaveValue('');
  });
});
