import { describe, expect, it } from 'vitest';
import { fieldName, isLow, parentPath, provenance, rowGroups, sectionOfPath } from './fields';
import { cleanProfile, addEntry, setEntry } from './edit';
import { parsedVersion } from './testdata';
import { profile } from '../../api';

describe('parsed fields as rows', () => {
  const v = parsedVersion();

  it('groups basics and every entry, with merge paths and pages', () => {
    const groups = rowGroups(v.profile, v.fields);
    expect(groups.map((g) => g.path)).toEqual(['basics', 'work[0]', 'work[1]', 'education[0]', 'skills[0]']);
    const basics = groups[0].rows;
    expect(basics.map((r) => [r.label, r.value])).toEqual([
      ['Name', 'Jake Ryan'],
      ['Email', 'jake@su.edu'],
      ['Phone', '123-456-7890'],
      ['Location', 'Georgetown, TX'],
      ['GitHub', 'https://github.com/jake'],
    ]);
    expect(basics[1]).toMatchObject({ mergePath: 'basics.email', page: 1, confidence: 0.95, at: { x: 300, y: 740 } });
    // No provenance recorded for the phone: no confidence, no page.
    expect(basics[2]).toMatchObject({ confidence: undefined, page: 0 });
    const work0 = groups[1];
    expect(work0.title).toBe('Work: Undergraduate Research Assistant');
    expect(work0.rows.every((r) => r.mergePath === 'work[0]')).toBe(true);
    expect(work0.rows.find((r) => r.label === 'Company')?.confidence).toBe(0.55);
    expect(work0.rows.find((r) => r.label === 'Highlights (one per line)')?.value).toBe('Developed a REST API');
    expect(groups[2].rows[0].page).toBe(2);
    // A page borrowed from the entry's other values has no position to mark.
    expect(groups[2].rows[0].at).toBeUndefined();
    // A whole-entry record (skills[0]) covers its fields.
    expect(groups[4].rows.map((r) => [r.label, r.value, r.confidence])).toEqual([
      ['Skill or group', 'Languages', 0.8],
      ['Keywords (comma-separated)', 'Java, Python, C/C++', 0.8],
    ]);
  });

  it('flags only values under 0.6', () => {
    expect(isLow(0.55)).toBe(true);
    expect(isLow(0.6)).toBe(false);
    expect(isLow(undefined)).toBe(false);
  });

  it('walks paths up to the nearest record', () => {
    expect(parentPath('work[0].startDate')).toBe('work[0]');
    expect(parentPath('work[0]')).toBe('work');
    expect(parentPath('work')).toBe('');
    expect(provenance(v.fields, 'work[0].startDate')).toBeUndefined();
    expect(provenance(v.fields, 'basics.location.city')?.confidence).toBe(0.7);
    expect(sectionOfPath('education[2].endDate')).toBe('education');
    expect(sectionOfPath('basics.profiles[0].url')).toBe('basics');
  });

  it('names paths in words for messages', () => {
    expect(fieldName('work[0].startDate')).toBe('Work 1, start date');
    expect(fieldName('education[2].courses')).toBe('Education 3, courses');
    expect(fieldName('basics.email')).toBe('Email');
    expect(fieldName('basics.location.city')).toBe('City');
    expect(fieldName('basics.profiles[1].url')).toBe('Online profile 2, link');
    expect(fieldName('weird')).toBe('weird');
  });
});

describe('profile edits', () => {
  it('cleans lists and drops empty entries before saving', () => {
    let p = profile.emptyProfile();
    p = addEntry(p, 'skills');
    p = addEntry(p, 'skills');
    p = setEntry(p, 'skills', 1, 'keywords', ['Go, SQL', ' ', 'TypeScript ']);
    p = addEntry(p, 'work');
    p = setEntry(p, 'work', 0, 'highlights', ['Shipped it', '', '  ']);
    const c = cleanProfile(p);
    expect(c.skills).toEqual([{ name: '', level: '', keywords: ['Go', 'SQL', 'TypeScript'] }]);
    expect(c.work[0].highlights).toEqual(['Shipped it']);
  });

  it('normalises the backend profile: nulls become lists, numbers text', () => {
    const p = profile.profileOf({
      basics: { name: 'A', location: null, profiles: null },
      work: null,
      education: [{ score: 3.9 }],
    });
    expect(p.basics.location.city).toBe('');
    expect(p.basics.profiles).toEqual([]);
    expect(p.work).toEqual([]);
    expect(p.education[0].score).toBe('3.9');
    expect(profile.isEmptyProfile(profile.emptyProfile())).toBe(true);
    expect(profile.isEmptyProfile(p)).toBe(false);
  });

  it('decodes Go base64 bytes', () => {
    expect(Array.from(profile.decodeBase64(btoa('%PDF')))).toEqual([37, 80, 68, 70]);
    expect(profile.decodeBase64(null).length).toBe(0);
  });
});
