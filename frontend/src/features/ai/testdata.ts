/** Analyses for the AI view's tests, shaped as the backend sends them. */
import type { assistant } from '../../api';

const skill = (
  name: string,
  importance: assistant.SkillMatch['importance'],
  matched: boolean,
  evidence = '',
  evidenceSection = '',
): assistant.SkillMatch => ({
  name,
  category: 'tech',
  importance,
  count: 1,
  matched,
  evidence,
  evidenceSection,
  why: matched ? '' : 'The job requires it; no line of your profile names it.',
});

/** analysisOf is a match of 62: Go and SQL met, Kubernetes required and missing. */
export function analysisOf(over: Partial<assistant.Analysis> = {}): assistant.Analysis {
  return {
    language: 'en',
    skills: [
      skill('Go', 'required', true, 'Built Go services at Acme', 'Experience'),
      skill('SQL', 'mentioned', true, 'Go, SQL', 'Skills'),
      skill('Kubernetes', 'required', false),
    ],
    matched: ['Go', 'SQL'],
    missing: ['Kubernetes'],
    missingNice: [],
    score: 62,
    points: 5,
    possible: 8,
    keyPhrases: [],
    requirements: [
      {
        kind: 'experience',
        text: '5+ years of Go',
        value: '5+ years',
        status: 'met',
        evidence: 'Your dated work adds up to about 7 years.',
        why: '',
      },
    ],
    profileEmpty: false,
    against: 'profile',
    cv: null,
    ...over,
  };
}
