import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, interviews, type Interview } from '../../api';
import { setFormatLocale } from '../../shared/format';
import { renderWithTheme } from '../../test/render';
import { InterviewForm, check, fieldsOf } from './InterviewForm';
import { localParts } from './interviewTime';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, interviews: { ...real.interviews, add: vi.fn(), update: vi.fn() } };
});

const saved: Interview = {
  key: 'manual|manual-1@huntbook|',
  title: 'Phone interview with Acme',
  start: '2026-12-10T13:30:00Z',
  end: '2026-12-10T14:15:00Z',
  allDay: false,
  location: '',
  meetingUrl: 'https://meet.example/abc',
  source: 'manual',
  kind: 'phone',
  timeZone: 'Europe/Berlin',
  notes: 'Ask about on-call',
};

beforeEach(() => setFormatLocale('en-US'));
afterEach(() => {
  vi.clearAllMocks();
  setFormatLocale(undefined);
});

describe('InterviewForm', () => {
  it('sends the typed date, time, zone, kind, link and notes, and reports the saved interview', async () => {
    vi.mocked(interviews.add).mockResolvedValue(saved);
    const onDone = vi.fn();
    renderWithTheme(<InterviewForm applicationId={7} onDone={onDone} onCancel={() => {}} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Type'), 'phone');
    // The date is a DateField: typed in the locale's order (en-US here) or picked.
    await user.clear(screen.getByLabelText('Date'));
    await user.type(screen.getByLabelText('Date'), '12/10/2026');
    await user.clear(screen.getByLabelText('Time'));
    await user.type(screen.getByLabelText('Time'), '9:30');
    await user.selectOptions(screen.getByLabelText('Time zone'), 'America/New_York');
    // Pasted, not typed key by key: each keystroke re-renders the form, and
    // these two fields are not what the test is about.
    await user.click(screen.getByLabelText('Link'));
    await user.paste('https://meet.example/abc');
    await user.click(screen.getByLabelText('Notes'));
    await user.paste('Ask about on-call');
    await user.click(screen.getByRole('button', { name: 'Add interview' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(saved));
    expect(interviews.add).toHaveBeenCalledWith({
      applicationId: 7,
      date: '2026-12-10',
      time: '09:30',
      timeZone: 'America/New_York',
      minutes: 60,
      kind: 'phone',
      title: '',
      link: 'https://meet.example/abc',
      location: '',
      notes: 'Ask about on-call',
    });
  });

  it('says what is wrong before sending, and shows the backend error on its field', async () => {
    vi.mocked(interviews.add).mockRejectedValue(
      new ApiError('invalid', '"Mars/Olympus" is not a time zone', 'timeZone'),
    );
    renderWithTheme(<InterviewForm applicationId={7} onDone={() => {}} onCancel={() => {}} />);
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Date'));
    await user.type(screen.getByLabelText('Date'), '31/12/2026');
    await user.clear(screen.getByLabelText('Time'));
    await user.type(screen.getByLabelText('Time'), '25:00');
    await user.type(screen.getByLabelText('Link'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Add interview' }));
    expect(
      await screen.findByText('“31/12/2026” is not a date: type it as MM/DD/YYYY or YYYY-MM-DD, or pick it'),
    ).toBeInTheDocument();
    expect(screen.getByText('Enter a time as HH:MM (24-hour)')).toBeInTheDocument();
    expect(screen.getByText('A web address starting with https://')).toBeInTheDocument();
    expect(interviews.add).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Date'));
    await user.type(screen.getByLabelText('Date'), '2026-12-10');
    await user.clear(screen.getByLabelText('Time'));
    await user.type(screen.getByLabelText('Time'), '14:00');
    await user.clear(screen.getByLabelText('Link'));
    await user.click(screen.getByRole('button', { name: 'Add interview' }));
    expect(await screen.findByText('"Mars/Olympus" is not a time zone')).toBeInTheDocument();
  });

  it('edits an interview at its own local time in its own zone', async () => {
    vi.mocked(interviews.update).mockResolvedValue(saved);
    const onDone = vi.fn();
    renderWithTheme(<InterviewForm applicationId={7} interview={saved} onDone={onDone} onCancel={() => {}} />);
    // 13:30 UTC is 14:30 in Berlin in December.
    expect(screen.getByLabelText('Date')).toHaveValue('12/10/2026');
    expect(screen.getByLabelText('Time')).toHaveValue('14:30');
    expect(screen.getByLabelText('Time zone')).toHaveValue('Europe/Berlin');
    expect(screen.getByLabelText('Minutes')).toHaveValue('45');
    await userEvent.click(screen.getByRole('button', { name: 'Save interview' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(interviews.update).toHaveBeenCalledWith(
      saved.key,
      expect.objectContaining({
        date: '2026-12-10',
        time: '14:30',
        timeZone: 'Europe/Berlin',
        minutes: 45,
        kind: 'phone',
      }),
    );
  });
});

describe('interview times', () => {
  it('reads an instant in a zone, across a date line', () => {
    expect(localParts('2026-12-10T23:30:00Z', 'Asia/Tokyo')).toEqual({ date: '2026-12-11', time: '08:30' });
    expect(localParts('2026-07-01T00:15:00Z', 'America/Los_Angeles')).toEqual({ date: '2026-06-30', time: '17:15' });
    expect(fieldsOf({ ...saved, kind: '' }).kind).toBe('other');
    expect(check({ ...fieldsOf(saved), date: '2026-02-30' }).date).toBeTruthy();
    expect(check({ ...fieldsOf(saved), date: '' }).date).toBe('Enter the day of the interview');
    expect(check(fieldsOf(saved))).toEqual({});
  });
});
