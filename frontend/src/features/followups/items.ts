import type { Application, Task } from '../../api';
import { dayOf } from '../../shared/format';

/** One line of the follow-ups view: a task, or an application's follow-up date. */
export interface FollowUp {
  /** Stable React key. */
  key: string;
  /** The task id, 0 for an application's follow-up date. */
  taskId: number;
  applicationId: number;
  title: string;
  /** The application's company and title, "" when the line has none. */
  company: string;
  applicationTitle: string;
  /** YYYY-MM-DD, "" when the task has no date. */
  day: string;
  task?: Task;
}

/** fromTask makes a line from a task (or a follow-up date, which Tasks.Due returns with id 0). */
export function fromTask(t: Task): FollowUp {
  const day = dayOf(t.due);
  return {
    key: t.id ? `task-${t.id}` : `app-${t.applicationId}-${day}`,
    taskId: t.id,
    applicationId: t.applicationId,
    title: t.title,
    company: t.company,
    applicationTitle: t.applicationTitle,
    day,
    task: t.id ? t : undefined,
  };
}

/** fromApplication makes a line from an application's follow-up date. */
export function fromApplication(a: Application): FollowUp {
  return {
    key: `app-${a.id}-${a.followUp}`,
    taskId: 0,
    applicationId: a.id,
    title: `Follow up: ${a.title} at ${a.company}`,
    company: a.company,
    applicationTitle: a.title,
    day: a.followUp,
  };
}

const byDay = (a: FollowUp, b: FollowUp) =>
  (a.day || '9999') < (b.day || '9999') ? -1 : (a.day || '9999') > (b.day || '9999') ? 1 : a.key < b.key ? -1 : 1;

/**
 * split sorts lines into what is due (on or before today) and what is
 * upcoming (later, or undated tasks), dropping duplicates by key.
 */
export function split(lines: FollowUp[], today: string): { due: FollowUp[]; upcoming: FollowUp[] } {
  const seen = new Set<string>();
  const due: FollowUp[] = [];
  const upcoming: FollowUp[] = [];
  for (const l of lines) {
    if (seen.has(l.key)) continue;
    seen.add(l.key);
    (l.day && l.day <= today ? due : upcoming).push(l);
  }
  return { due: due.sort(byDay), upcoming: upcoming.sort(byDay) };
}
