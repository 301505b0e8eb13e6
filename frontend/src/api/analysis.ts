/**
 * What the AI assistant reads out of a job description: the offline
 * analyzer's result and the structured replies of the CV tailoring and job
 * insights tasks, with readers that normalise Go's nil slices.
 */
import { obj, str, num, strs, listOf } from './read';

/** A skill the offline analyzer found in the job description. */
export interface SkillMatch {
  name: string;
  category: string;
  /** "required" or "nice". */
  importance: string;
  count: number;
  matched: boolean;
}

/** A requirement of the job with the analyzer's verdict ("met", "unmet", "unknown"). */
export interface Requirement {
  kind: string;
  text: string;
  value: string;
  status: string;
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
      };
    }),
    matched: strs(a.matched),
    missing: strs(a.missing),
    missingNice: strs(a.missingNice),
    score: num(a.score),
    keyPhrases: strs(a.keyPhrases),
    requirements: listOf(a.requirements, (r) => {
      const m = obj(r);
      return { kind: str(m.kind), text: str(m.text), value: str(m.value), status: str(m.status) };
    }),
  };
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
