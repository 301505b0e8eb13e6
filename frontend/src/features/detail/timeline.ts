/** The detail's timeline: stage changes, notes, interviews and AI drafts merged by time. */
import type { Generation, Interview, Note, TimelineEvent } from '../../api';
import { outcomeLabel } from '../../shared/outcome';
import type { Outcome } from '../../api';

/** One line of the timeline. */
export interface TimelineItem {
  key: string;
  kind: 'created' | 'stage' | 'outcome' | 'email' | 'note' | 'interview' | 'draft';
  /** RFC 3339 time it happened. */
  at: string;
  title: string;
  detail: string;
  /** A note's whole text (Markdown), shown rendered under the title; absent for other kinds. */
  markdown?: string;
}

/** taskLabel turns an assistant task id ("cover_letter") into words ("Cover letter"). */
export function taskLabel(task: string): string {
  const t = task.replace(/[_-]+/g, ' ').trim();
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : 'Draft';
}

/** estimateNote is how an entry an import dated by estimate says so. */
export const estimateNote = 'date estimated by the import';

function eventItem(e: TimelineEvent): TimelineItem {
  const item = eventLine(e);
  if (!e.estimated) return item;
  return { ...item, detail: item.detail ? `${item.detail} · ${estimateNote}` : estimateNote };
}

/** mailKind is a confirmed e-mail's kind ("rejection") in words. */
function mailKind(kind: string): string {
  const words: Record<string, string> = {
    confirmation: 'application received',
    rejection: 'rejection',
    interview: 'interview',
    offer: 'offer',
    outreach: 'recruiter outreach',
    assessment: 'assessment',
  };
  return words[kind] ?? (kind || 'message');
}

function eventLine(e: TimelineEvent): TimelineItem {
  switch (e.kind) {
    case 'stage':
      return {
        key: `e${e.id}`,
        kind: 'stage',
        at: e.at,
        title: `Moved to ${e.to}`,
        detail: e.from ? `from ${e.from}` : '',
      };
    case 'outcome':
      return {
        key: `e${e.id}`,
        kind: 'outcome',
        at: e.at,
        title: e.to === 'open' ? 'Reopened' : `Marked ${outcomeLabel(e.to as Outcome).toLowerCase()}`,
        detail: e.from && e.from !== 'open' ? `was ${e.from}` : '',
      };
    case 'email':
      return { key: `e${e.id}`, kind: 'email', at: e.at, title: `E-mail: ${mailKind(e.from)}`, detail: e.to };
    default:
      return { key: `e${e.id}`, kind: 'created', at: e.at, title: 'Added', detail: e.to ? `in ${e.to}` : '' };
  }
}

/** buildTimeline merges everything that happened to an application, newest first. */
export function buildTimeline(
  events: TimelineEvent[],
  notes: Note[],
  interviews: Interview[],
  drafts: Generation[],
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...events.map(eventItem),
    ...notes.map((n) => ({
      key: `n${n.id}`,
      kind: 'note' as const,
      at: n.createdAt,
      title: 'Note',
      detail: '',
      markdown: n.body,
    })),
    ...interviews.map((i) => ({
      key: `i${i.key}`,
      kind: 'interview' as const,
      at: i.start,
      title: `Interview: ${i.title || 'untitled'}`,
      detail: i.location,
    })),
    ...drafts.map((g) => ({
      key: `g${g.id}`,
      kind: 'draft' as const,
      at: g.createdAt,
      title: `AI draft: ${taskLabel(g.task)}`,
      detail: [g.model, g.partial ? 'incomplete' : '', g.error].filter(Boolean).join(' · '),
    })),
  ];
  const time = (s: string) => {
    const t = Date.parse(s);
    return Number.isNaN(t) ? 0 : t;
  };
  return items.sort((a, b) => time(b.at) - time(a.at) || b.key.localeCompare(a.key));
}
