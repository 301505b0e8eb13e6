import { describe, expect, it } from 'vitest';
import type { JobDraft } from '../../api/jobs';
import { hintFor, prefillOf } from './posting';

const fromBackend: JobDraft = {
  title: 'Baker',
  company: 'Acme',
  location: '',
  remote: 'hybrid',
  salary: { min: 0, max: 0, currency: '', period: '' },
  description: 'Bake bread.',
  url: 'https://www.linkedin.com/jobs/view/1234',
  deadline: '',
  from: 'JSON-LD',
  sources: {
    title: 'JSON-LD',
    company: 'page title',
    remote: 'text',
    url: 'page address',
    description: 'page text',
  },
};

describe('a posting’s per-field sources', () => {
  it('marks each prefilled field with where it came from, and drops the mark once changed', () => {
    const p = prefillOf([fromBackend]);
    expect(hintFor(p, 'title', 'Baker')).toBe('From the posting (JSON-LD)');
    expect(hintFor(p, 'company', 'Acme')).toBe('From the posting (page title)');
    expect(hintFor(p, 'url', fromBackend.url)).toBe('From the posting (page address)');
    expect(hintFor(p, 'remote', 'hybrid')).toBe('From the posting (text)');
    expect(hintFor(p, 'company', 'Acme Corp')).toBeUndefined();
    expect(hintFor(p, 'location', '')).toBeUndefined();
  });

  it('falls back to how the posting was read when a field names no source', () => {
    const p = prefillOf([{ ...fromBackend, sources: {} }]);
    expect(hintFor(p, 'company', 'Acme')).toBe('From the posting (JSON-LD)');
    const q = prefillOf([{ ...fromBackend, sources: {}, from: '' }]);
    expect(hintFor(q, 'company', 'Acme')).toBe('From the posting');
  });
});
