/**
 * The one place that turns change signals into query invalidations.
 *
 * Signals: the change bus (./changes: the page's own writes, from the detail
 * and every view) and the backend's events (api/events.ts): `app:changed`
 * (imports, sync, the CLI, the browser extension) and `reminder:due` are
 * put on the bus, so views that still subscribe to it by hand see them too,
 * and one that names no application (a write from another program) also
 * marks the CVs and the profile stale (invalidateOutsideWrite);
 * `job:done` of a successful job (a calendar sync, an import) refreshes the
 * agenda and the calendar's status (its last sync), and of a CV import the
 * CV versions; any end of a mail check (`mail-sync-`) the e-mail account's status. Only queries a view shows are read again; the rest are marked stale.
 */
import type { QueryClient } from '@tanstack/react-query';
import { events } from '../api';
import { applicationsChanged, onApplicationsChanged } from './changes';
import { queryKeys } from './queryKeys';

/** The applications keys that belong to one application (its id third): only a change to it marks them stale. */
const perApplication = new Set<unknown>(['one', 'detail', 'drafts', 'analysis']);

/**
 * invalidateApplications marks stale what shows or derives from these
 * applications (all of them when ids is empty): the applications area (only
 * the named ones of the single-application reads), contacts (their links and
 * names), follow-ups (follow-up dates and tasks), the agenda (interviews
 * and proposals matched to applications), insights (computed from them),
 * the stages (an import may add one) and job e-mail (matched to them).
 */
export function invalidateApplications(client: QueryClient, ids: readonly number[]): void {
  const every = ids.length === 0;
  void client.invalidateQueries({
    queryKey: queryKeys.applications.all,
    predicate: (q) => every || !perApplication.has(q.queryKey[1]) || ids.includes(q.queryKey[2] as number),
  });
  void client.invalidateQueries({ queryKey: queryKeys.contacts.all });
  void client.invalidateQueries({ queryKey: queryKeys.followups.all });
  void client.invalidateQueries({ queryKey: queryKeys.agenda.all });
  void client.invalidateQueries({ queryKey: queryKeys.insights.all });
  void client.invalidateQueries({ queryKey: queryKeys.stages.all });
  void client.invalidateQueries({ queryKey: queryKeys.mail.all });
}

/**
 * invalidateProfile marks stale what derives from the master profile or the
 * values read from a CV: the offline match of every application with them
 * (applications.analysis). Run it when a CV is merged into the profile, the
 * profile is saved or imported, or a version's values are corrected; the
 * caller puts the saved profile or version in the cache itself.
 */
export function invalidateProfile(client: QueryClient): void {
  void client.invalidateQueries({
    queryKey: queryKeys.applications.all,
    predicate: (q) => q.queryKey[1] === 'analysis',
  });
}

/**
 * invalidateCVs marks the imported CV versions stale (an import, a rename,
 * a delete, a CV linked to an application) and, through invalidateProfile,
 * the offline matches made with them.
 */
export function invalidateCVs(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: queryKeys.cv.versions });
  void client.invalidateQueries({ queryKey: queryKeys.cv.linkedAll });
  invalidateProfile(client);
}

/**
 * invalidateOutsideWrite marks stale what another program may have changed
 * besides applications when the backend reports a write it did not make
 * (app:changed naming no application: the CLI's `cv import`, `profile
 * import` or `wipe`, a restore): the CV versions, the master profile, and
 * the matches made with them. The applications' own keys go through the
 * change bus.
 */
export function invalidateOutsideWrite(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: queryKeys.cv.master });
  invalidateCVs(client);
}

/**
 * connectInvalidation keeps client in step with the change bus until the
 * returned function is called. Mount it once per client (DataProvider does).
 */
export function connectInvalidation(client: QueryClient): () => void {
  return onApplicationsChanged((ids) => invalidateApplications(client, ids));
}

/**
 * connectBackendEvents puts the backend's change events on the change bus
 * (so views that still subscribe by hand see them too, and the queries are
 * invalidated through connectInvalidation) and refreshes the agenda and the
 * calendar status after a successful job, job e-mail on `mail:changed`, until the returned function is called. The app mounts it
 * once (DataProvider with backendEvents); it is a no-op outside the window.
 */
export function connectBackendEvents(client: QueryClient): () => void {
  const offs = [
    events.onAppChanged((e) => {
      if (e.ids.length === 0) invalidateOutsideWrite(client);
      applicationsChanged(e.ids);
    }),
    events.onReminderDue((r) => applicationsChanged(r.applicationId ? [r.applicationId] : [])),
    events.onMailChanged(() => void client.invalidateQueries({ queryKey: queryKeys.mail.all })),
    events.onJobDone((d) => {
      // A mail check's last sync or last error changed, whatever its end.
      if (d.id.startsWith('mail-sync-')) void client.invalidateQueries({ queryKey: queryKeys.mailAccount.all });
      if (!d.ok) return;
      if (d.id.startsWith('cv-import-')) invalidateCVs(client);
      void client.invalidateQueries({ queryKey: queryKeys.agenda.all });
      void client.invalidateQueries({ queryKey: queryKeys.calendar.all });
    }),
  ];
  return () => offs.forEach((off) => off());
}
