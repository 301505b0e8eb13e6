/**
 * What the AI assistant reads out of a job description: the offline
 * analyzer's result (and the call that compares a job with an imported CV
 * instead of the profile) and the structured replies of the CV tailoring
 * and job insights tasks, with readers that normalise Go's nil slices.
 */
import * as bound from '../../wailsjs/go/service/Assistant';
import { call } from './backend';
import { obj, str, num, strs, listOf } from './read';

/** A skill the offline analyzer found in the job description. */
export interface SkillMatch {
  name: string;
  category: string;
  /** "required" or "nice". */
  importance: string;
  count: number;
  matched: boolean;
  /** The profile line that shows the skill ("" when not matched). */
  evidence: string;
  /** The profile section of that line ("Experience", "Skills", ...). */
  evidenceSection: string;
  /** Why a skill not matched counts against the score. */
  why: string;
}

/** A requirement of the job with the analyzer's verdict ("met", "unmet", "unknown"). */
export interface Requirement {
  kind: string;
  text: string;
  value: string;
  status: string;
  /** What in the profile meets it. */
  evidence: string;
  /** Why it is not met, or cannot be told. */
  why: string;
}

/** An imported CV the match was compared with, or offers to compare with. */
export interface CVChoice {
  id: number;
  label: string;
  /** The CV recorded as sent with this application. */
  linked: boolean;
}

/** The offline analyzer's result. */
export interface Analysis {
  language: string;
  skills: SkillMatch[];
  matched: string[];
  missing: string[];
  missingNice: string[];
  /** 0-100. */
  score: number;
  keyPhrases: string[];
  requirements: Requirement[];
  /** The score's parts: weights of the skills the profile has, of all the job's skills (required 3, mentioned 2, nice 1). */
  points: number;
  possible: number;
  /** The profile has nothing to compare: the score means nothing. */
  profileEmpty: boolean;
  /** "profile" or "cv": what the job was compared with. */
  against: string;
  /** The CV compared with (against "cv"), or offered when the profile is empty. */
  cv: CVChoice | null;
}

/** A rewritten CV bullet and the original it comes from. */
export interface TailoredBullet {
  original: string;
  suggested: string;
  reason: string;
}

/** A claim in a tailoring suggestion that is not in the profile. */
export interface Flag {
  text: string;
  kind: string;
  /** Index of the bullet, -1 for the summary. */
  bullet: number;
}

/** The CV tailoring reply. */
export interface Tailoring {
  summary: string;
  bullets: TailoredBullet[];
  flags: Flag[];
}

/** The job insights reply. */
export interface Insights {
  requiredSkills: string[];
  niceToHaveSkills: string[];
  seniority: string;
  responsibilities: string[];
  salary: string;
  redFlags: string[];
  questions: string[];
}

/** readAnalysis normalises the offline analyzer's result. */
export function readAnalysis(x: unknown): Analysis {
  const a = obj(x);
  return {
    language: str(a.language),
    skills: listOf(a.skills, (s) => {
      const m = obj(s);
      return {
        name: str(m.name),
        category: str(m.category),
        importance: str(m.importance),
        count: num(m.count),
        matched: m.matched === true,
        evidence: str(m.evidence),
        evidenceSection: str(m.evidenceSection),
        why: str(m.why),
      };
    }),
    matched: strs(a.matched),
    missing: strs(a.missing),
    missingNice: strs(a.missingNice),
    score: num(a.score),
    keyPhrases: strs(a.keyPhrases),
    requirements: listOf(a.requirements, (r) => {
      const m = obj(r);
      return {
        kind: str(m.kind),
        text: str(m.text),
        value: str(m.value),
        status: str(m.status),
        evidence: str(m.evidence),
        why: str(m.why),
      };
    }),
    points: num(a.points),
    possible: num(a.possible),
    profileEmpty: a.profileEmpty === true,
    against: str(a.against) || 'profile',
    cv: readCVChoice(a.cv),
  };
}

function readCVChoice(x: unknown): CVChoice | null {
  if (x === null || typeof x !== 'object') return null;
  const c = obj(x);
  return { id: num(c.id), label: str(c.label), linked: c.linked === true };
}

/** analyzeWithCV compares the application's job with an imported CV instead of the profile; neither changes. */
export async function analyzeWithCV(applicationId: number, versionId: number): Promise<Analysis> {
  return readAnalysis(await call(() => bound.AnalyzeWithCV(applicationId, versionId)));
}

/** readTailoring normalises a CV tailoring reply. */
export function readTailoring(x: unknown): Tailoring {
  const t = obj(x);
  return {
    summary: str(t.summary),
    bullets: listOf(t.bullets, (b) => {
      const m = obj(b);
      return { original: str(m.original), suggested: str(m.suggested), reason: str(m.reason) };
    }),
    flags: listOf(t.flags, (f) => {
      const m = obj(f);
      return { text: str(m.text), kind: str(m.kind), bullet: typeof m.bullet === 'number' ? m.bullet : -1 };
    }),
  };
}

/** readInsights normalises a job insights reply (also what a saved "json" draft holds). */
export function readInsights(x: unknown): Insights {
  const i = obj(x);
  return {
    requiredSkills: strs(i.requiredSkills),
    niceToHaveSkills: strs(i.niceToHaveSkills),
    seniority: str(i.seniority),
    responsibilities: strs(i.responsibilities),
    salary: str(i.salary),
    redFlags: strs(i.redFlags),
    questions: strs(i.questions),
  };
}
