/** Agenda fixtures for the unit tests. */
import type { calendar } from '../../api';
import { emptyApplication } from '../../api';

/** interview returns an agenda entry starting at start (RFC 3339), one hour long, with overrides. */
export function interview(start: string, over: Partial<calendar.Interview> = {}): calendar.Interview {
  return {
    key: 'ics:cal.ics:tech@acme',
    source: 'ics',
    kind: '',
    title: 'Technical interview with Acme',
    start,
    end: Number.isFinite(Date.parse(start)) ? new Date(Date.parse(start) + 3_600_000).toISOString() : start,
    allDay: false,
    location: '',
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    attendees: [],
    confidence: 0.9,
    reasons: ['title says "interview"'],
    confirmed: true,
    application: {
      ...emptyApplication(),
      id: 7,
      company: 'Acme',
      title: 'Go Engineer',
      stage: 'Interviewing',
      stageId: 4,
    },
    company: 'Acme',
    contacts: [],
    ...over,
  };
}

/** proposal is one pending proposal for application 7 (Acme). */
export function proposal(start: string): calendar.Proposal {
  return {
    key: 'ics:cal.ics:tech@acme',
    title: 'Technical interview with Acme',
    start,
    end: start,
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    isInterview: true,
    confidence: 0.85,
    reasons: ['title says "interview"', 'has a Google Meet link'],
    candidates: [
      {
        applicationId: 7,
        company: 'Acme',
        title: 'Go Engineer',
        stage: 'Applied',
        confidence: 0.8,
        reasons: ['the title names Acme'],
      },
      {
        applicationId: 9,
        company: 'Acme Labs',
        title: 'SRE',
        stage: 'Applied',
        confidence: 0.4,
        reasons: ['similar company name'],
      },
    ],
  };
}
