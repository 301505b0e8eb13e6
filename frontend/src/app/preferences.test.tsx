import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { settings } from '../api';
import { PreferencesSection } from '../features/settings/PreferencesSection';
import { ThemeFromSettings } from '../features/settings/ThemeFromSettings';
import { renderWithTheme, testQueryClient } from '../test/render';
import { savePreferences } from './preferences';

vi.mock('../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../api')>();
  return { ...real, hasBackend: () => true, settings: { ...real.settings, get: vi.fn(), save: vi.fn() } };
});

let stored: settings.Preferences;
beforeEach(() => {
  stored = { ...settings.defaultPreferences };
  vi.mocked(settings.get).mockImplementation(async () => ({ ...stored }));
  vi.mocked(settings.save).mockImplementation(async (p) => (stored = { ...p }));
});

describe('savePreferences', () => {
  it('shows a change made elsewhere (the palette) in Settings and the window at once', async () => {
    const client = testQueryClient();
    renderWithTheme(
      <>
        <ThemeFromSettings />
        <PreferencesSection />
      </>,
      client,
    );
    expect(await screen.findByLabelText('System')).toBeChecked();
    await act(() => savePreferences(client, { theme: 'dark' }));
    await waitFor(() => expect(screen.getByLabelText('Dark')).toBeChecked());
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(settings.get).toHaveBeenCalledTimes(2); // the section's read, and the fresh read before saving
  });

  it('keeps what another writer stored and changes only what it is given', async () => {
    stored = { ...stored, weeklyGoal: 4 };
    const saved = await savePreferences(testQueryClient(), { closedCards: 'lane' });
    expect(saved).toEqual({ ...settings.defaultPreferences, weeklyGoal: 4, closedCards: 'lane' });
    await waitFor(() => expect(stored.closedCards).toBe('lane'));
  });
});
