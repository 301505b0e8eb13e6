/** Typed calls to service.Assistant (only what the UI uses so far). */
import * as bound from '../../wailsjs/go/service/Assistant';
import { call } from './backend';

/** A saved AI draft (cover letter, interview prep...) for an application. */
export interface Generation {
  id: number;
  applicationId: number;
  /** The task that produced it, such as "cover_letter". */
  task: string;
  provider: string;
  model: string;
  /** "markdown" or "json". */
  format: string;
  redacted: boolean;
  /** True when the run stopped early and the text is incomplete. */
  partial: boolean;
  error: string;
  text: string;
  version: number;
  /** RFC 3339 time. */
  createdAt: string;
  /** RFC 3339 time. */
  updatedAt: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function generation(x: unknown): Generation {
  const g = (x ?? {}) as Record<string, unknown>;
  return {
    id: num(g.id),
    applicationId: num(g.applicationId),
    task: str(g.task),
    provider: str(g.provider),
    model: str(g.model),
    format: str(g.format),
    redacted: g.redacted === true,
    partial: g.partial === true,
    error: str(g.error),
    text: str(g.text),
    version: num(g.version),
    createdAt: str(g.createdAt),
    updatedAt: str(g.updatedAt),
  };
}

/** generations lists the AI drafts saved for an application, newest first as the backend sends them. */
export async function generations(applicationId: number): Promise<Generation[]> {
  return ((await call(() => bound.Generations(applicationId))) ?? []).map(generation);
}
