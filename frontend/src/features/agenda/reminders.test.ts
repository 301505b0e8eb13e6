import { describe, expect, it } from 'vitest';
import { formatTimeRange, formatTimeUntil } from '../../shared/format';
import { dueReminders, reminderId, reminderLead } from './reminders';
import { confidence, groupByDay, importLimits, importSummary, interviewTime } from './summary';
import { interview } from './testdata';

const plainImport = {
  path: '/x.ics',
  read: 0,
  skipped: 0,
  events: 0,
  interviews: 0,
  matched: 0,
  added: 0,
  updated: 0,
  deleted: 0,
  warnings: [],
  notRepeated: 0,
  leftOut: 0,
  leftOutMore: false,
  occurrenceCap: 500,
};

const now = Date.parse('2030-03-04T09:00:00Z');
const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

describe('dueReminders', () => {
  it('sets one reminder 15 minutes before each timed interview, soonest first', () => {
    const later = interview(at(120), { key: 'b' });
    const sooner = interview(at(60), { key: 'a' });
    const got = dueReminders([later, sooner], now, new Set());
    expect(got.map((r) => [r.interview.key, r.delay])).toEqual([
      ['a', 60 * 60_000 - reminderLead],
      ['b', 120 * 60_000 - reminderLead],
    ]);
  });

  it('reminds at once when the app opens inside the 15 minutes, never for one that started', () => {
    const got = dueReminders(
      [interview(at(5), { key: 'soon' }), interview(at(-5), { key: 'started' })],
      now,
      new Set(),
    );
    expect(got.map((r) => [r.interview.key, r.delay])).toEqual([['soon', 0]]);
  });

  it('skips all-day entries, ones already shown, unreadable times and ones past the horizon', () => {
    const shown = interview(at(30), { key: 'shown' });
    const got = dueReminders(
      [
        interview(at(30), { key: 'allday', allDay: true }),
        shown,
        interview('not a time', { key: 'bad' }),
        interview(at(3 * 24 * 60), { key: 'far' }),
      ],
      now,
      new Set([reminderId(shown)]),
    );
    expect(got).toEqual([]);
  });

  it('gives a moved interview a new reminder', () => {
    const before = interview(at(30));
    const moved = interview(at(90));
    expect(dueReminders([moved], now, new Set([reminderId(before)]))).toHaveLength(1);
  });
});

describe('agenda format', () => {
  it('says how far off an interview is', () => {
    expect(formatTimeUntil(at(15), now)).toBe('in 15 minutes');
    expect(formatTimeUntil(at(1), now)).toBe('in 1 minute');
    expect(formatTimeUntil(at(-3), now)).toBe('now');
    expect(formatTimeUntil(at(180), now)).toBe('in 3 hours');
  });

  it('groups by local day in start order', () => {
    const a = interview('2030-03-05T15:00:00', { key: 'a' });
    const b = interview('2030-03-04T10:00:00', { key: 'b' });
    const c = interview('2030-03-05T09:00:00', { key: 'c' });
    expect(groupByDay([a, b, c]).map((g) => [g.day, g.items.map((i) => i.key)])).toEqual([
      ['2030-03-04', ['b']],
      ['2030-03-05', ['c', 'a']],
    ]);
  });

  it('formats times, confidence and import counts', () => {
    const iv = { start: '2030-03-04T14:00:00', end: '2030-03-04T15:30:00', allDay: false };
    expect(interviewTime(iv)).toBe(formatTimeRange(iv.start, iv.end));
    expect(interviewTime(iv)).toMatch(/\d.*–.*\d/);
    expect(interviewTime({ start: '2030-03-04', end: '2030-03-05', allDay: true })).toBe('All day');
    expect(confidence(0.854)).toBe('85%');
    expect(confidence(3)).toBe('100%');
    expect(
      importSummary({
        ...plainImport,
        path: '/x.ics',
        read: 12,
        skipped: 1,
        events: 11,
        interviews: 2,
        matched: 1,
        added: 11,
      }),
    ).toBe('Read 12 events, skipped 1, 2 interviews recognised, 1 matched to applications (11 new, 0 already there).');
  });

  it('says what an import left out of recurring events and why', () => {
    expect(importLimits(plainImport)).toEqual([]);
    expect(importLimits({ ...plainImport, leftOut: 100000, leftOutMore: true, notRepeated: 3 })).toEqual([
      'Left out 100,000 or more repeats of recurring interviews: one file adds at most 500.',
      '3 recurring events do not look like interviews: only their first date was imported.',
    ]);
    expect(importLimits({ ...plainImport, leftOut: 1, notRepeated: 1 })).toEqual([
      'Left out 1 repeat of recurring interviews: one file adds at most 500.',
      '1 recurring event does not look like an interview: only its first date was imported.',
    ]);
  });
});
