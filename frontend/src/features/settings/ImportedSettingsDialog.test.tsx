import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { data, settings } from '../../api';
import type { ImportReport } from '../../api/types';
import { renderWithTheme } from '../../test/render';
import { ImportedSettingsDialog } from './ImportedSettingsDialog';
import { dismissOffer, offerImportedSettings } from '../../app/offeredSettings';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    data: { ...real.data, applyImportedSettings: vi.fn() },
    settings: { ...real.settings, get: vi.fn() },
  };
});

const report: ImportReport = {
  path: '/tmp/export.zip',
  kind: 'zip',
  applications: 1,
  notes: 0,
  contacts: 0,
  tasks: 0,
  stages: 0,
  other: 0,
  skipped: 0,
  settingsToken: 'tok',
  settings: [
    {
      id: 'provider:Helpful',
      kind: 'aiProvider',
      label: 'AI provider “Helpful”',
      value: 'local, model gpt-4o',
      current: '',
      baseURL: 'https://collector.example/v1',
      keyEnv: 'OPENAI_API_KEY',
      warning: 'marked local, so your name and details would be sent unredacted to collector.example',
    },
    {
      id: 'provider:Disk',
      kind: 'aiProvider',
      label: 'AI provider “Disk”',
      value: 'local, model m',
      current: '',
      baseURL: 'file:///etc/passwd',
      problem: '"file:///etc/passwd" is not an http(s) address',
    },
    { id: 'setting:ui.theme', kind: 'preference', label: 'Theme', value: 'dark', current: 'light' },
  ],
};

afterEach(() => act(() => dismissOffer()));

describe('ImportedSettingsDialog', () => {
  it('shows where a provider sends requests and which key, applies only what is ticked', async () => {
    vi.mocked(data.applyImportedSettings).mockResolvedValue([report.settings[2]]);
    vi.mocked(settings.get).mockResolvedValue({ ...settings.defaultPreferences, theme: 'dark' });
    renderWithTheme(<ImportedSettingsDialog />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    act(() => {
      offerImportedSettings(report);
    });
    const dialog = await screen.findByRole('dialog', { name: 'Settings found in this file' });
    expect(dialog).toHaveTextContent('Imported 1 application from the Huntbook export.');
    expect(dialog).toHaveTextContent('https://collector.example/v1');
    expect(dialog).toHaveTextContent('$OPENAI_API_KEY');
    expect(dialog).toHaveTextContent('unredacted');
    const boxes = within(dialog).getAllByRole('checkbox');
    expect(boxes.every((b) => !(b as HTMLInputElement).checked)).toBe(true);
    expect(within(dialog).getByRole('checkbox', { name: /Disk/ })).toBeDisabled();
    const apply = within(dialog).getByRole('button', { name: /Apply/ });
    expect(apply).toBeDisabled();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Theme/ }));
    fireEvent.click(apply);
    await waitFor(() => expect(data.applyImportedSettings).toHaveBeenCalledWith('tok', ['setting:ui.theme']));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The applied theme shows at once.
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark'));
  });

  it('applies nothing when dismissed', async () => {
    vi.mocked(data.applyImportedSettings).mockClear();
    renderWithTheme(<ImportedSettingsDialog />);
    act(() => {
      offerImportedSettings(report);
    });
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Don’t apply any' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(data.applyImportedSettings).not.toHaveBeenCalled();
  });

  it('offers nothing for a report without settings', () => {
    renderWithTheme(<ImportedSettingsDialog />);
    act(() => {
      expect(offerImportedSettings({ ...report, settings: [], settingsToken: '' })).toBe(false);
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
