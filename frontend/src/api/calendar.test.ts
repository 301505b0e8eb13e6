import { describe, expect, it } from 'vitest';
import { readImport, readInterview, readProposal, readStatus, readSyncReport } from './calendar';

describe('calendar payloads', () => {
  it('fills an agenda entry whose Go nil slices and omitted fields arrive as null or missing', () => {
    const iv = readInterview({
      key: 'ics:a.ics:x',
      title: 'Interview',
      start: '2030-03-04T09:00:00Z',
      end: '2030-03-04T10:00:00Z',
      attendees: null,
      reasons: null,
      contacts: null,
      application: { id: 7, company: 'Acme', tags: null },
      confirmed: true,
    });
    expect(iv.attendees).toEqual([]);
    expect(iv.reasons).toEqual([]);
    expect(iv.contacts).toEqual([]);
    expect(iv.organizer).toBeNull();
    expect(iv.meetingUrl).toBe('');
    expect(iv.application?.id).toBe(7);
    expect(iv.application?.tags).toEqual([]);
    expect(readInterview({ start: new Date('2030-03-04T09:00:00Z') }).start).toBe('2030-03-04T09:00:00.000Z');
  });

  it('fills proposals, status and reports, reading an unknown state as not connected', () => {
    const p = readProposal({ key: 'k', candidates: [{ applicationId: 3, reasons: null }], reasons: ['a', 5] });
    expect(p.candidates).toEqual([{ applicationId: 3, company: '', title: '', stage: '', confidence: 0, reasons: [] }]);
    expect(p.reasons).toEqual(['a']);
    expect(readStatus({ state: 'weird', persistent: true }).state).toBe('not_connected');
    expect(readStatus({ state: 'reconnect' }).state).toBe('reconnect');
    expect(readSyncReport(undefined).warnings).toEqual([]);
    expect(readImport({ read: 3, warnings: null })).toMatchObject({
      read: 3,
      skipped: 0,
      warnings: [],
      leftOut: 0,
      leftOutMore: false,
      notRepeated: 0,
    });
    expect(readImport({ leftOut: 7, leftOutMore: true, occurrenceCap: 500, notRepeated: 2 })).toMatchObject({
      leftOut: 7,
      leftOutMore: true,
      occurrenceCap: 500,
      notRepeated: 2,
    });
  });
});
