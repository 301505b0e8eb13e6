import { describe, expect, it } from 'vitest';
import { buildTimeline, estimateNote, taskLabel } from './timeline';

describe('timeline', () => {
  it('shows a confirmed e-mail by its kind, sender and subject', () => {
    const [item] = buildTimeline(
      [
        {
          id: 9,
          applicationId: 7,
          kind: 'email',
          from: 'rejection',
          to: 'Rejection from Rapid7: Your application',
          at: '2026-03-10T15:04:00Z',
          estimated: false,
        },
      ],
      [],
      [],
      [],
    );
    expect(item).toMatchObject({
      kind: 'email',
      title: 'E-mail: rejection',
      detail: 'Rejection from Rapid7: Your application',
    });
  });

  it('says when an import dated an entry by estimate', () => {
    const items = buildTimeline(
      [
        {
          id: 1,
          applicationId: 7,
          kind: 'created',
          from: '',
          to: 'Wishlist',
          at: '2025-02-01T10:00:00Z',
          estimated: true,
        },
        {
          id: 2,
          applicationId: 7,
          kind: 'stage',
          from: 'Wishlist',
          to: 'Applied',
          at: '2025-02-03T10:00:00Z',
          estimated: true,
        },
        {
          id: 3,
          applicationId: 7,
          kind: 'stage',
          from: 'Applied',
          to: 'Screening',
          at: '2025-02-05T10:00:00Z',
          estimated: false,
        },
      ],
      [],
      [],
      [],
    );
    expect(items.map((i) => i.detail)).toEqual([
      'from Applied',
      `from Wishlist · ${estimateNote}`,
      `in Wishlist · ${estimateNote}`,
    ]);
  });

  it('merges events, notes, interviews and drafts newest first', () => {
    const items = buildTimeline(
      [
        {
          id: 1,
          applicationId: 7,
          kind: 'created',
          from: '',
          to: 'Wishlist',
          at: '2025-02-01T10:00:00Z',
          estimated: false,
        },
        {
          id: 2,
          applicationId: 7,
          kind: 'stage',
          from: 'Wishlist',
          to: 'Applied',
          at: '2025-02-03T10:00:00Z',
          estimated: false,
        },
        {
          id: 3,
          applicationId: 7,
          kind: 'outcome',
          from: 'open',
          to: 'rejected',
          at: '2025-02-09T10:00:00Z',
          estimated: false,
        },
      ],
      [{ id: 5, applicationId: 7, body: 'Prep', createdAt: '2025-02-04T10:00:00Z', updatedAt: '' }],
      [
        {
          key: 'k1',
          title: 'Tech interview',
          start: '2025-02-06T09:00:00Z',
          end: '',
          allDay: false,
          location: 'Zoom',
          meetingUrl: '',
          source: 'ics',
          kind: '',
          timeZone: '',
          notes: '',
        },
      ],
      [
        {
          id: 9,
          applicationId: 7,
          task: 'interview_prep',
          provider: '',
          model: 'llama3',
          format: 'markdown',
          inputDigest: '',
          promptVersion: '',
          redacted: false,
          partial: true,
          error: '',
          text: '',
          version: 1,
          createdAt: '2025-02-05T10:00:00Z',
          updatedAt: '',
        },
      ],
    );
    expect(items.map((i) => i.title)).toEqual([
      'Marked rejected',
      'Interview: Tech interview',
      'AI draft: Interview prep',
      'Note',
      'Moved to Applied',
      'Added',
    ]);
    expect(items[2].detail).toBe('llama3 · incomplete');
    expect(items[3]).toMatchObject({ kind: 'note', markdown: 'Prep', detail: '' });
    expect(taskLabel('cover_letter')).toBe('Cover letter');
  });
});
