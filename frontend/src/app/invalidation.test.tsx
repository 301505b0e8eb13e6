import { act, render, screen } from '@testing-library/react';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applicationsChanged, onApplicationsChanged } from './changes';
import { DataProvider } from './DataProvider';
import { invalidateApplications, invalidateProfile } from './invalidation';
import { queryKeys } from './queryKeys';
import { testQueryClient } from '../test/render';
import { installRuntime } from '../test/runtime';

afterEach(() => {
  delete window.runtime;
});

/** filled is a client holding one read of every area, and one of another area the bus does not touch. */
function filled(): QueryClient {
  const client = testQueryClient();
  for (const key of [
    queryKeys.applications.one(1),
    queryKeys.applications.one(2),
    queryKeys.applications.search('acme'),
    queryKeys.contacts.list(''),
    queryKeys.followups.on('2026-12-07'),
    queryKeys.agenda.interviews(30),
    queryKeys.agenda.proposals,
    queryKeys.calendar.status,
    queryKeys.applications.analysis(1, null),
    queryKeys.applications.analysis(2, 7),
    queryKeys.cv.versions,
    queryKeys.cv.master,
    queryKeys.cv.linked(1),
    queryKeys.mail.proposals,
    ['settings'],
  ]) {
    client.setQueryData(key, 'read');
  }
  return client;
}

function stale(client: QueryClient): string[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => JSON.stringify(q.queryKey))
    .sort();
}

describe('writes by other programs', () => {
  it('reach every view as "reload everything" when the backend reports one', () => {
    const emit = installRuntime();
    const reload = vi.fn();
    const off = onApplicationsChanged(reload);
    render(<DataProvider client={testQueryClient()}>{null}</DataProvider>);
    // What service.WatchOutsideWrites emits after `huntbook wipe`.
    emit('app:changed', JSON.parse('{"ids":[]}'));
    expect(reload).toHaveBeenCalledWith([]);
    emit('reminder:due', { applicationId: 7, title: 'Call Dana', due: '2026-12-07' });
    expect(reload).toHaveBeenLastCalledWith([7]);
    off();
  });

  it('read a shown list again', async () => {
    const emit = installRuntime();
    let reads = 0;
    function Shown() {
      const q = useQuery({ queryKey: queryKeys.contacts.list(''), queryFn: () => Promise.resolve(`read ${++reads}`) });
      return <p>{q.data}</p>;
    }
    render(
      <DataProvider client={testQueryClient()}>
        <Shown />
      </DataProvider>,
    );
    expect(await screen.findByText('read 1')).toBeInTheDocument();
    emit('app:changed', { ids: [3] });
    expect(await screen.findByText('read 2')).toBeInTheDocument();
  });

  it('refresh the CVs and the profile after a write by another program (`huntbook cv import`), not after the page’s own', () => {
    const emit = installRuntime();
    const client = filled();
    render(<DataProvider client={client}>{null}</DataProvider>);
    emit('app:changed', { ids: [1] });
    expect(stale(client)).not.toContain('["cv","master"]');
    expect(stale(client)).not.toContain('["cv","versions"]');
    emit('app:changed', JSON.parse('{"ids":[],"savedFromBrowser":[]}'));
    const now = stale(client);
    for (const key of [
      '["cv","master"]',
      '["cv","versions"]',
      '["cv","linked",1]',
      '["applications","analysis",1,null]',
      '["applications","analysis",2,7]',
    ]) {
      expect(now).toContain(key);
    }
    expect(now).not.toContain('["settings"]');
  });

  it('refresh the agenda after a job that succeeded, not after one that failed', () => {
    const emit = installRuntime();
    const client = filled();
    render(<DataProvider client={client}>{null}</DataProvider>);
    emit('job:done', { id: 'calendar-sync-1', ok: false, errorCode: 'unavailable', errorMessage: 'offline' });
    expect(stale(client)).toEqual([]);
    emit('job:done', { id: 'calendar-sync-2', ok: true });
    expect(stale(client)).toEqual(['["agenda","interviews",30]', '["agenda","proposals"]', '["calendar","status"]']);
  });

  it('refresh the job e-mail when mail was read, confirmed or dismissed, and nothing else', () => {
    const emit = installRuntime();
    const client = filled();
    render(<DataProvider client={client}>{null}</DataProvider>);
    emit('mail:changed', { proposed: 2 });
    expect(stale(client)).toEqual(['["mail","proposals"]']);
  });

  it('refresh the CV versions and the matches made with them after a CV import', () => {
    const emit = installRuntime();
    const client = filled();
    render(<DataProvider client={client}>{null}</DataProvider>);
    emit('job:done', { id: 'cv-import-4', ok: true });
    expect(stale(client)).toEqual([
      '["agenda","interviews",30]',
      '["agenda","proposals"]',
      '["applications","analysis",1,null]',
      '["applications","analysis",2,7]',
      '["calendar","status"]',
      '["cv","linked",1]',
      '["cv","versions"]',
    ]);
  });
});

describe('a change to the profile', () => {
  it('marks the offline matches stale, with the profile or a CV, and nothing else', () => {
    const client = filled();
    invalidateProfile(client);
    expect(stale(client)).toEqual(['["applications","analysis",1,null]', '["applications","analysis",2,7]']);
  });
});

describe('the change bus', () => {
  it('marks stale what derives from the named applications, and only those single reads', () => {
    const client = filled();
    render(
      <DataProvider client={client} backendEvents={false}>
        {null}
      </DataProvider>,
    );
    act(() => applicationsChanged([1]));
    expect(stale(client)).toEqual([
      '["agenda","interviews",30]',
      '["agenda","proposals"]',
      '["applications","analysis",1,null]',
      '["applications","one",1]',
      '["applications","search","acme"]',
      '["contacts","list",""]',
      '["followups","2026-12-07"]',
      '["mail","proposals"]',
    ]);
  });

  it('marks every application stale when no ids are named', () => {
    const client = filled();
    invalidateApplications(client, []);
    expect(stale(client)).toContain('["applications","one",2]');
    expect(stale(client)).not.toContain('["settings"]');
  });

  it('stops when the provider goes', () => {
    const client = filled();
    const { unmount } = render(
      <DataProvider client={client} backendEvents={false}>
        {null}
      </DataProvider>,
    );
    unmount();
    applicationsChanged([]);
    expect(stale(client)).toEqual([]);
  });
});
