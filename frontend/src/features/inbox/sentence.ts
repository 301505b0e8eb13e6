/**
 * A job e-mail's proposal in words: what the message is ("Rejection from
 * Rapid7 for Cyber Threat Intelligence Analyst") and what confirming it does
 * ("set outcome Rejected").
 */
import type { mail } from '../../api';
import { formatDateTimeWeekday, formatPercent } from '../../shared/format';

type MailMessage = mail.MailMessage;

/** kindLabel is a kind in words. */
export function kindLabel(kind: mail.MailKind): string {
  switch (kind) {
    case 'confirmation':
      return 'Application received';
    case 'rejection':
      return 'Rejection';
    case 'interview':
      return 'Interview';
    case 'offer':
      return 'Offer';
    case 'outreach':
      return 'Recruiter outreach';
    case 'assessment':
      return 'Assessment';
    default:
      return 'Other';
  }
}

/** who names the sender: the matched application's company, the company read, the display name or the address. */
export function who(p: MailMessage): string {
  return p.match?.company || p.facts.company || p.fromName || p.fromEmail || 'an unknown sender';
}

/** role is the job title: the matched application's, else the one read. */
function role(p: MailMessage): string {
  return p.match?.title || p.facts.title;
}

/** headline says what the message is: "Interview with RAND on Mon, Mar 24, 2026, 4:00 PM for Analyst". */
export function headline(p: MailMessage): string {
  let s = p.kind === 'interview' ? `Interview with ${who(p)}` : `${kindLabel(p.kind)} from ${who(p)}`;
  if (p.kind === 'interview' && p.facts.interview) s += ` on ${formatDateTimeWeekday(p.facts.interview.start)}`;
  const r = role(p);
  if (r) s += ` for ${r}`;
  return s;
}

/** action says what confirming does ("set outcome Rejected"); '' when an application must be chosen first. */
export function action(p: MailMessage): string {
  if (!p.match) {
    if (p.kind === 'outreach' || p.kind === 'confirmation') {
      const company = p.facts.company || p.fromName;
      return company ? `add a new application for ${company}` : 'add a new application';
    }
    return '';
  }
  switch (p.kind) {
    case 'rejection':
      return 'set outcome Rejected';
    case 'interview':
      return p.facts.interview ? 'add interview, move to Interviewing' : 'move to Interviewing';
    case 'offer':
      return 'move to Offer';
    case 'confirmation':
      return 'mark as Applied';
    case 'assessment':
      return 'add a note and a follow-up';
    default:
      return 'add to the timeline';
  }
}

/** sentence is the proposal in one line: headline → action. */
export function sentence(p: MailMessage): string {
  const a = action(p);
  return a ? `${headline(p)} → ${a}` : headline(p);
}

/** sure is a confidence in words for a badge: "92% sure". */
export function sure(c: number): string {
  return `${formatPercent(c)} sure`;
}
