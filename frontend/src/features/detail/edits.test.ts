import { describe, expect, it } from 'vitest';
import { app } from '../../test/applications';
import { arrive, backendValues, changed, conflicts, fresh, keepMine, settle, takeTheirs } from './edits';
import { toInput, valuesOf } from './fields';

describe('detail edits', () => {
  const stored = valuesOf(app({ id: 5, company: 'Acme', title: 'SRE', location: 'Berlin', tags: ['go'] }));

  it('keeps what the user is typing when new values arrive, and follows them elsewhere', () => {
    const typing = { ...fresh(stored), values: { ...stored, location: 'Munich' } };
    const s = arrive(typing, { ...stored, title: 'Senior SRE', tags: 'go, k8s' });
    expect(s.values).toMatchObject({ location: 'Munich', title: 'Senior SRE', tags: 'go, k8s' });
    expect(changed(s)).toEqual(['location']);
    expect(conflicts(s)).toEqual([]);
  });

  it('flags a field changed both here and elsewhere until the user picks a side', () => {
    const typing = { ...fresh(stored), values: { ...stored, location: 'Munich' } };
    const s = arrive(typing, { ...stored, location: 'Hamburg' });
    expect(conflicts(s)).toEqual(['location']);
    expect(s.values.location).toBe('Munich');
    const mine = keepMine(s, 'location');
    expect(conflicts(mine)).toEqual([]);
    expect(mine.origin.location).toBe('Hamburg'); // the base sent with the save
    expect(changed(mine)).toEqual(['location']);
    const theirs = takeTheirs(s, 'location');
    expect(theirs.values.location).toBe('Hamburg');
    expect(changed(theirs)).toEqual([]);
  });

  it('settles when the stored value becomes what the user typed', () => {
    const typing = { ...fresh(stored), values: { ...stored, location: 'Munich' } };
    const s = arrive(typing, { ...stored, location: 'Munich' });
    expect(changed(s)).toEqual([]);
  });

  it('treats the four salary inputs as one field', () => {
    const typing = {
      ...fresh(stored),
      values: { ...stored, salaryMin: '50000', currency: 'EUR', period: 'year' as const },
    };
    expect(changed(typing)).toEqual(['salary']);
    const s = arrive(typing, { ...stored, currency: 'USD' });
    expect(conflicts(s)).toEqual(['salary']);
  });

  it('shows the saved values after a save, keeping what was typed during it', () => {
    const submitted = { ...stored, location: 'Munich ' };
    const during = { ...fresh(stored), values: { ...submitted, source: 'Li' } };
    const s = settle(during, submitted, { ...stored, location: 'Munich' });
    expect(s.values).toMatchObject({ location: 'Munich', source: 'Li' });
    expect(changed(s)).toEqual(['source']);
  });

  it('converts stored values back exactly as the form sends typed ones', () => {
    const a = app({
      id: 5,
      company: 'Acme',
      title: 'SRE',
      salary: { min: 5_500_050, max: 0, currency: 'EUR', period: 'year' },
      tags: ['go', 'k8s'],
      priority: 2,
    });
    const r = toInput(a, valuesOf(a));
    if (!('input' in r)) throw new Error(JSON.stringify(r.errors));
    expect(backendValues(valuesOf(a))).toEqual({
      company: r.input.company,
      title: r.input.title,
      url: r.input.url,
      location: r.input.location,
      remote: r.input.remote,
      salary: a.salary,
      source: r.input.source,
      dateApplied: r.input.dateApplied,
      deadline: r.input.deadline,
      followUp: r.input.followUp,
      priority: 2,
      tags: ['go', 'k8s'],
    });
  });
});
