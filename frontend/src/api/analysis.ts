/**
 * What the AI assistant reads out of a job description: the offline
 * analyzer's result (and the call that compares a job with an imported CV
 * instead of the profile) and the structured replies of the CV tailoring
 * and job insights tasks. The types are generated from Go (assist.Analysis,
 * Tailoring, Insights), which sends every list as [] (never null). Only
 * what arrives untyped is read tolerantly: a run's job:done result and the
 * JSON text of a saved insights draft.
 */
import { call, goStruct } from './backend';
import type { Analysis, Insights, Tailoring } from './generated';
import { obj, str, strs, listOf } from './read';

export type {
  Analysis,
  CVChoice,
  Flag,
  Insights,
  Requirement,
  SkillMatch,
  TailoredBullet,
  Tailoring,
} from './generated';

const bound = goStruct('service', 'Assistant');

/** analyzeWithCV compares the application's job with an imported CV instead of the profile; neither changes. */
export async function analyzeWithCV(applicationId: number, versionId: number): Promise<Analysis> {
  return call(() => bound.AnalyzeWithCV(applicationId, versionId));
}

/** readTailoring reads a CV tailoring reply out of a job:done result (typed any in Go). */
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

/** readInsights reads a job insights reply: a job:done result, or the JSON text of a saved "json" draft. */
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
