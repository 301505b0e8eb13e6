import { describe, expect, it } from 'vitest';
import { app } from '../../test/applications';
import { toInput, valuesOf } from './fields';

describe('detail fields', () => {
  const base = app({
    id: 5,
    company: 'Acme',
    title: 'SRE',
    stageId: 2,
    outcome: 'rejected',
    description: 'JD',
    tags: ['go', 'k8s'],
  });

  it('sends salary in minor units and keeps what the inputs do not hold', () => {
    const v = {
      ...valuesOf(base),
      salaryMin: '55,000',
      salaryMax: '65000.5',
      currency: 'eur',
      period: 'year' as const,
      tags: 'Go, ,rust',
    };
    const r = toInput(base, v);
    if (!('input' in r)) throw new Error(JSON.stringify(r.errors));
    expect(r.input.salary).toEqual({ min: 5_500_000, max: 6_500_050, currency: 'EUR', period: 'year' });
    expect(r.input.tags).toEqual(['Go', 'rust']);
    expect(r.input).toMatchObject({ id: 5, stageId: 2, outcome: 'rejected', description: 'JD' });
  });

  it('shows salary back in major units', () => {
    const v = valuesOf(app({ salary: { min: 5_500_000, max: 0, currency: 'EUR', period: 'year' } }));
    expect(v.salaryMin).toBe('55000');
    expect(v.salaryMax).toBe('');
  });

  it('names each bad field', () => {
    const r = toInput(base, {
      ...valuesOf(base),
      company: ' ',
      url: 'ftp://x',
      deadline: '2025-02-30',
      salaryMin: '70000',
      salaryMax: '60000',
      currency: '',
      period: '',
    });
    if (!('errors' in r)) throw new Error('expected errors');
    expect(Object.keys(r.errors).sort()).toEqual(['company', 'currency', 'deadline', 'period', 'salaryMax', 'url']);
  });
});
