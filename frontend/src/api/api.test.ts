import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, applications, hasBackend, noBackendMessage, pipeline, toApiError } from './index';

type Bound = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;

function installBackend(service: Bound) {
  window.go = { service };
}

afterEach(() => {
  delete window.go;
});

describe('toApiError', () => {
  it('keeps code, field and message from the ErrorFormatter object', () => {
    const e = toApiError({ code: 'invalid', field: 'url', message: 'url "x" is not a web address' });
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ code: 'invalid', field: 'url', message: 'url "x" is not a web address' });
  });

  it('turns a plain string rejection into an internal error with that message', () => {
    const e = toApiError('open database: disk I/O error');
    expect(e).toMatchObject({ code: 'internal', message: 'open database: disk I/O error' });
    expect(e.field).toBeUndefined();
  });

  it('reads a JSON string of the formatter object', () => {
    const e = toApiError('{"code":"not_found","message":"application 7 not found"}');
    expect(e).toMatchObject({ code: 'not_found', message: 'application 7 not found' });
  });

  it('reads the JSON formatted error inside an Error, as the Wails 2.16 runtime delivers it', () => {
    const formatted = JSON.stringify({ code: 'invalid', field: 'title', message: 'job title is required' });
    const e = toApiError(new Error(formatted));
    expect(e).toMatchObject({ code: 'invalid', field: 'title', message: 'job title is required' });
  });

  it('says clearly when the runtime turned an object into [object Object]', () => {
    const e = toApiError(new Error('[object Object]'));
    expect(e.code).toBe('internal');
    expect(e.message).toMatch(/could not read/);
  });

  it('maps unknown codes to internal and drops empty fields', () => {
    const e = toApiError({ code: 'weird', field: '', message: 'boom' });
    expect(e.code).toBe('internal');
    expect(e.field).toBeUndefined();
  });

  it('handles Errors, empty strings and junk without throwing', () => {
    expect(toApiError(new TypeError('x is undefined')).message).toBe('x is undefined');
    expect(toApiError('').message).toMatch(/without a message/);
    expect(toApiError(42).code).toBe('internal');
    expect(toApiError(null).code).toBe('internal');
    expect(toApiError({ nothing: true }).message).toMatch(/unexpected/);
  });

  it('clips very long messages', () => {
    expect(toApiError('x'.repeat(10_000)).message.length).toBeLessThan(2100);
  });
});

describe('calls through the generated bindings', () => {
  it('rejects with an unavailable ApiError when there is no backend', async () => {
    expect(hasBackend()).toBe(false);
    await expect(applications.list()).rejects.toMatchObject({ code: 'unavailable', message: noBackendMessage });
  });

  it('sends the query to window.go.service.Applications.List and returns its page as Go sent it', async () => {
    const page = {
      items: [{ id: 3, company: 'Acme', title: 'Engineer', tags: [], outcome: 'open' }],
      total: 1,
    };
    const List = vi.fn().mockResolvedValue(page);
    installBackend({ Applications: { List } });
    const r = await applications.list({ search: 'acme', sort: 'company', desc: true });
    expect(List).toHaveBeenCalledTimes(1);
    expect(List.mock.calls[0][0]).toEqual({ search: 'acme', sort: 'company', desc: true });
    // Go sends no null lists (service's TestBoundResultsHaveNoNullLists): nothing to fill.
    expect(r).toEqual(page);
  });

  it('maps a formatter rejection to ApiError with the field', async () => {
    installBackend({
      Applications: {
        Create: () =>
          Promise.reject({
            code: 'invalid',
            field: 'dateApplied',
            message: 'dateApplied "2025-02-30" is not a date (use YYYY-MM-DD)',
          }),
      },
    });
    const err = await applications
      .create({
        id: 0,
        company: 'A',
        title: 'B',
        url: '',
        location: '',
        remote: '',
        salary: { min: 0, max: 0, currency: '', period: '' },
        source: '',
        description: '',
        dateApplied: '2025-02-30',
        deadline: '',
        followUp: '',
        priority: 0,
        tags: [],
        stageId: 0,
        outcome: 'open',
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'invalid', field: 'dateApplied' });
  });

  it("maps the runtime's Error(JSON) rejection to ApiError with the field", async () => {
    // What window.go.* does in Wails v2.16 when formatError returns a JSON string.
    const reply = { code: 'invalid', field: 'location', message: 'location is too long (600 characters, at most 500)' };
    installBackend({ Applications: { Update: () => Promise.reject(new Error(JSON.stringify(reply))) } });
    const err = await applications.update(4, { location: 'x'.repeat(600) }, { location: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject(reply);
  });

  it('sends only the changed fields with the values they started from, never the stage', async () => {
    const Update = vi.fn((e: unknown) =>
      Promise.resolve({ id: (e as { id: number }).id, company: 'Acme', title: 'Dev', stageId: 5, stage: 'Offer' }),
    );
    installBackend({ Applications: { Update } });
    const copy = {
      id: 4,
      company: 'Acme',
      title: 'Dev',
      location: 'Berlin',
      stageId: 2,
      stage: 'Applied',
      salary: { min: 0, max: 0, currency: '', period: '' as const },
    };
    await applications.update(4, { location: 'Munich' }, copy);
    expect(JSON.parse(JSON.stringify(Update.mock.calls[0][0]))).toEqual({
      id: 4,
      fields: ['location'],
      base: { location: 'Berlin' },
      set: { location: 'Munich' },
    });
  });

  it('reads both values of a conflict', async () => {
    const reply = {
      code: 'conflict',
      field: 'location',
      message: 'not saved: changed elsewhere since you opened it (location); choose which value to keep',
      conflicts: [{ field: 'location', theirs: 'Hamburg', yours: 'Munich' }, { nonsense: true }],
    };
    installBackend({ Applications: { Update: () => Promise.reject(new Error(JSON.stringify(reply))) } });
    const err = await applications.update(4, { location: 'Munich' }, { location: 'Berlin' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('conflict');
    expect((err as ApiError).conflicts).toEqual([{ field: 'location', theirs: 'Hamburg', yours: 'Munich' }]);
  });

  it('maps a plain string rejection to ApiError', async () => {
    installBackend({ Pipeline: { Stages: () => Promise.reject('database is locked') } });
    await expect(pipeline.stages()).rejects.toMatchObject({ code: 'internal', message: 'database is locked' });
  });

  it('does not send times or the stage name on create, and forces id 0', async () => {
    const Create = vi.fn((a: unknown) => Promise.resolve({ ...(a as object), id: 9, stage: 'Wishlist' }));
    installBackend({ Applications: { Create } });
    const saved = await applications.create({
      id: 5,
      company: 'Acme',
      title: 'Dev',
      url: '',
      location: '',
      remote: 'remote',
      salary: { min: 0, max: 0, currency: '', period: '' },
      source: '',
      description: '',
      dateApplied: '',
      deadline: '',
      followUp: '',
      priority: 0,
      tags: ['go'],
      stageId: 0,
      outcome: 'open',
    });
    const sent = JSON.parse(JSON.stringify(Create.mock.calls[0][0])) as Record<string, unknown>;
    expect(sent.id).toBe(0);
    expect('createdAt' in sent).toBe(false);
    expect('updatedAt' in sent).toBe(false);
    expect('stage' in sent).toBe(false);
    expect(sent.tags).toEqual(['go']);
    expect(saved).toMatchObject({ id: 9, stage: 'Wishlist', remote: 'remote' });
  });

  it('sorts stages by position', async () => {
    installBackend({
      Pipeline: {
        Stages: () =>
          Promise.resolve([
            { id: 2, name: 'Applied', position: 1 },
            { id: 1, name: 'Wishlist', position: 0 },
          ]),
      },
    });
    expect((await pipeline.stages()).map((s) => s.name)).toEqual(['Wishlist', 'Applied']);
  });
});
