import { describe, expect, it } from 'vitest';
import { exportNotice, importSummary } from './dataReports';

describe('data reports', () => {
  it('says what a damaged database left out of an export', () => {
    const r = { path: '/tmp/x.zip', applications: 3, notes: 0, contacts: 1, tasks: 0, unreadable: ['notes'] };
    expect(exportNotice(r)).toEqual({
      color: 'orange',
      title: 'Exported what could be read',
      message: '/tmp/x.zip: the database is damaged and notes could not be read, so it is not in the file.',
    });
    expect(exportNotice({ ...r, unreadable: [] }).color).toBe('teal');
  });

  it('says what an import brought in', () => {
    expect(
      importSummary({
        path: 'x',
        kind: 'csv',
        applications: 1,
        notes: 0,
        contacts: 0,
        tasks: 0,
        stages: 2,
        other: 0,
        skipped: 0,
        settings: [],
        settingsToken: '',
      }),
    ).toBe('Imported 1 application and 2 new stages from the CSV file.');
    const found = { id: 'setting:ui.theme', kind: 'preference', label: 'Theme', value: 'dark', current: '' };
    expect(
      importSummary({
        path: 'x',
        kind: 'zip',
        applications: 2,
        notes: 1,
        contacts: 0,
        tasks: 0,
        stages: 0,
        other: 0,
        skipped: 3,
        settings: [found],
        settingsToken: 't',
      }),
    ).toBe(
      'Imported 2 applications and 1 note from the Huntbook export. 3 records were already there. 1 setting was found in the file and not applied.',
    );
  });
});
