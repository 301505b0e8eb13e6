import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { notifications } from '@mantine/notifications';
import { profile } from '../../api';
import { renderWithTheme } from '../../test/render';
import { CVView } from './CVView';
import { forgetDrafts } from './drafts';
import { parsedVersion } from './testdata';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    profile: {
      ...real.profile,
      versions: vi.fn(),
      versionFile: vi.fn(),
      master: vi.fn(),
      saveMaster: vi.fn(),
      saveVersionProfile: vi.fn(),
      mergeIntoMaster: vi.fn(),
      onFileDrop: vi.fn(() => () => {}),
    },
  };
});

const p = vi.mocked(profile);

beforeEach(() => {
  act(() => notifications.clean());
  vi.clearAllMocks();
  forgetDrafts();
  p.versions.mockResolvedValue([parsedVersion()]);
  p.versionFile.mockResolvedValue({
    fileName: 'jake_resume.txt',
    mediaType: 'text/plain',
    data: new TextEncoder().encode('Jake Ryan\njake@su.edu'),
  });
  p.master.mockResolvedValue(profile.profileOf({ basics: { name: 'Jake Ryan' } }));
});

describe('CV edits left unsaved when the user switches views', () => {
  it('keeps corrections to the values read from a CV, on that CV, and drops them once saved', async () => {
    const user = userEvent.setup();
    p.saveVersionProfile.mockImplementation(async (_id, prof) => parsedVersion({ profile: prof }));
    const first = renderWithTheme(<CVView />);
    await user.click(await screen.findByRole('button', { name: 'Open jake_resume.pdf' }));
    await user.click(await screen.findByRole('button', { name: 'Edit values' }));
    const name = within(screen.getByRole('form', { name: 'Values read from this CV' })).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Jacob Ryan');
    first.unmount(); // the shell shows another view

    const second = renderWithTheme(<CVView />);
    const form = await screen.findByRole('form', { name: 'Values read from this CV' });
    expect(within(form).getByLabelText('Name')).toHaveValue('Jacob Ryan');
    expect(screen.getByRole('button', { name: 'Done editing' })).toBeDisabled();
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(p.saveVersionProfile).toHaveBeenCalledTimes(1));
    expect(p.saveVersionProfile.mock.calls[0][1].basics.name).toBe('Jacob Ryan');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Done editing' })).toBeEnabled());
    second.unmount();

    // Saved: nothing is left to bring back.
    p.versions.mockResolvedValue([parsedVersion({ profile: p.saveVersionProfile.mock.calls[0][1] })]);
    renderWithTheme(<CVView />);
    expect(await screen.findByRole('button', { name: 'Edit values' })).toBeInTheDocument();
  });

  it('keeps edits to the master profile, marked on its tab, until discarded', async () => {
    const user = userEvent.setup();
    const first = renderWithTheme(<CVView />);
    await user.click(await screen.findByRole('tab', { name: /Master profile/ }));
    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Jacob Ryan');
    first.unmount();

    const second = renderWithTheme(<CVView />);
    expect(await screen.findByLabelText('Name')).toHaveValue('Jacob Ryan');
    expect(screen.getByRole('tab', { name: 'Master profile •' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Jake Ryan');
    second.unmount();

    renderWithTheme(<CVView />);
    expect(await screen.findByLabelText('Name')).toHaveValue('Jake Ryan');
    expect(p.saveMaster).not.toHaveBeenCalled();
  });

  it('does not bring back a master draft made before the profile was saved elsewhere', async () => {
    const user = userEvent.setup();
    const first = renderWithTheme(<CVView />);
    await user.click(await screen.findByRole('tab', { name: /Master profile/ }));
    const name = await screen.findByLabelText('Name');
    await user.type(name, ' Jr');
    first.unmount();

    p.master.mockResolvedValue(profile.profileOf({ basics: { name: 'J. Ryan' } }));
    renderWithTheme(<CVView />);
    expect(await screen.findByLabelText('Name')).toHaveValue('J. Ryan');
  });

  it('comes back to the CV list when the CV shown before was deleted meanwhile', async () => {
    const user = userEvent.setup();
    const first = renderWithTheme(<CVView />);
    await user.click(await screen.findByRole('button', { name: 'Open jake_resume.pdf' }));
    expect(await screen.findByRole('button', { name: 'Edit values' })).toBeInTheDocument();
    first.unmount();

    p.versions.mockResolvedValue([]);
    renderWithTheme(<CVView />);
    await waitFor(() => expect(screen.queryByLabelText('Loading CVs')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Edit values' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Imported CVs' })).toBeInTheDocument();
  });
});
