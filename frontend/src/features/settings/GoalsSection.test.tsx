import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, settings } from '../../api';
import { renderWithTheme } from '../../test/render';
import { GoalsSection, wholeIn } from './GoalsSection';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, settings: { ...real.settings, get: vi.fn(), save: vi.fn() } };
});

let stored: settings.Preferences;
beforeEach(() => {
  stored = { ...settings.defaultPreferences };
  vi.mocked(settings.get).mockImplementation(async () => ({ ...stored }));
  vi.mocked(settings.save)
    .mockReset()
    .mockImplementation(async (p) => (stored = { ...p }));
});

describe('wholeIn', () => {
  it('reads whole numbers in range and says why anything else is refused', () => {
    expect(wholeIn(7, 1, 90)).toEqual({ value: 7 });
    expect(wholeIn('12', 1, 90)).toEqual({ value: 12 });
    expect(wholeIn(0, 0, 100)).toEqual({ value: 0 });
    expect(wholeIn('', 1, 90).problem).toBe('Type a number from 1 to 90');
    expect(wholeIn(0, 1, 90).problem).toBe('Type a whole number from 1 to 90');
    expect(wholeIn(2.5, 1, 90).value).toBeNull();
    expect(wholeIn(101, 0, 100).value).toBeNull();
  });
});

describe('GoalsSection', () => {
  it('turns nudges on, saves the days on blur and the weekly goal on Enter', async () => {
    renderWithTheme(<GoalsSection />);
    const days = await screen.findByLabelText('Days of silence');
    expect(days).toBeDisabled();
    fireEvent.click(screen.getByLabelText(/Nudge me after 7 days of silence/));
    await waitFor(() => expect(stored.nudge).toBe(true));
    await waitFor(() => expect(screen.getByLabelText('Days of silence')).not.toBeDisabled());

    fireEvent.change(days, { target: { value: '10' } });
    expect(settings.save).toHaveBeenCalledTimes(1); // not at each keystroke
    fireEvent.blur(days);
    await waitFor(() => expect(stored.nudgeDays).toBe(10));
    expect(await screen.findByLabelText(/Nudge me after 10 days of silence/)).toBeChecked();

    const goal = screen.getByLabelText('Weekly goal');
    fireEvent.change(goal, { target: { value: '5' } });
    fireEvent.keyDown(goal, { key: 'Enter' });
    await waitFor(() =>
      expect(stored).toEqual({ ...settings.defaultPreferences, nudge: true, nudgeDays: 10, weeklyGoal: 5 }),
    );
  });

  it('keeps the stored value and says why for a number out of range, and shows the backend’s field error', async () => {
    stored = { ...stored, nudge: true };
    renderWithTheme(<GoalsSection />);
    const days = await screen.findByLabelText('Days of silence');
    fireEvent.change(days, { target: { value: '0' } });
    fireEvent.blur(days);
    expect(await screen.findByText('Type a whole number from 1 to 90')).toBeInTheDocument();
    expect(settings.save).not.toHaveBeenCalled();

    vi.mocked(settings.save).mockRejectedValueOnce(
      new ApiError('invalid', 'a weekly goal is 0 (none) to 100 applications', 'weeklyGoal'),
    );
    const goal = screen.getByLabelText('Weekly goal');
    fireEvent.change(goal, { target: { value: '3' } });
    fireEvent.blur(goal);
    expect(await screen.findByText('a weekly goal is 0 (none) to 100 applications')).toBeInTheDocument();
    expect(stored.weeklyGoal).toBe(0);
  });
});
