/**
 * Typed calls to service.Assistant (backend/service/assistant*.go): model
 * providers and their keys, the preview of what a task sends, runs streamed
 * through ai:delta and ended by job:done, saved drafts and their versions,
 * the request ledger (ledger.ts), prompt overrides, redaction terms and the offline
 * analyzer. The types are generated from Go (generated.ts), which sends every
 * list as [] (never null); only job:done's result, typed any in Go, is read
 * tolerantly.
 */
import { ClipboardSetText } from '../../wailsjs/runtime/runtime';
import { readInsights, readTailoring } from './analysis';
import { call, goStruct } from './backend';
import { hasRuntime } from './events';
import type {
  Analysis,
  Destination,
  Found,
  Generation,
  GenerationResult,
  GenerationVersion,
  KeyStatus,
  Options,
  Preview,
  ProbeReport,
  Provider,
  ProviderInfo,
  RunOptions,
  TemplateInfo,
} from './generated';
import { obj, str, num } from './read';

export * from './analysis';
export * from './ledger';

export type {
  Check,
  Destination,
  Found,
  Generation,
  GenerationResult,
  GenerationVersion,
  KeyStatus,
  Preview,
  ProbeReport,
  Provider,
  ProviderInfo,
  RunOptions,
  TemplateInfo,
} from './generated';

/** Options of one run (Go's assist.Options). */
export type TaskOptions = Options;

const bound = goStruct('service', 'Assistant');

/** The AI tasks, in the order the panel offers them. */
export type Task = 'cover-letter' | 'interview-prep' | 'cv-tailoring' | 'job-insights' | 'follow-up' | 'thank-you';

/** Every task with its label. */
export const tasks: readonly { task: Task; label: string }[] = [
  { task: 'cover-letter', label: 'Cover letter' },
  { task: 'interview-prep', label: 'Interview prep' },
  { task: 'cv-tailoring', label: 'CV tailoring' },
  { task: 'job-insights', label: 'Job insights' },
  { task: 'follow-up', label: 'Follow-up email' },
  { task: 'thank-you', label: 'Thank-you email' },
];

/** taskLabel names a task for people ("cover-letter" -> "Cover letter"). */
export function taskLabel(task: string): string {
  return tasks.find((t) => t.task === task)?.label ?? task;
}

/** keySourceText says in words where the key attached to requests comes from (never the key). */
export function keySourceText(d: Destination): string {
  switch (d.keySource) {
    case 'env':
      return `API key from the environment variable ${d.keyName}`;
    case 'keychain':
      return `API key from the keychain entry ${d.keyName}`;
    case 'session':
      return `API key kept for this session (${d.keyName})`;
    default:
      return d.keyEnv ? `No API key attached (the variable ${d.keyEnv} is not set)` : 'No API key attached';
  }
}

/** readGenerationResult normalises the result carried by an AI run's job:done. */
export function readGenerationResult(x: unknown): GenerationResult {
  const r = obj(x);
  const out: GenerationResult = {
    generationId: num(r.generationId),
    partial: r.partial === true,
    format: str(r.format),
    text: str(r.text),
  };
  if (r.tailoring) out.tailoring = readTailoring(r.tailoring);
  if (r.insights) out.insights = readInsights(r.insights);
  return out;
}

/** generations lists the AI drafts saved for an application, newest first as the backend sends them. */
export async function generations(applicationId: number): Promise<Generation[]> {
  return call(() => bound.Generations(applicationId));
}

/** updateGeneration saves the user's edit as a new version and returns the generation. */
export async function updateGeneration(id: number, text: string): Promise<Generation> {
  return call(() => bound.UpdateGeneration(id, text));
}

/** generationVersions lists every version of a generation, oldest first. */
export async function generationVersions(id: number): Promise<GenerationVersion[]> {
  return call(() => bound.GenerationVersions(id));
}

/** deleteGeneration deletes a draft and its versions. */
export async function deleteGeneration(id: number): Promise<void> {
  await call(() => bound.DeleteGeneration(id));
}

/** exportGeneration returns a draft's latest text as Markdown or plain text. */
export async function exportGeneration(id: number, format: 'markdown' | 'text'): Promise<string> {
  return call(() => bound.ExportGeneration(id, format));
}

/** presets returns the provider presets (Ollama, LM Studio, llama.cpp, OpenAI, Anthropic, Custom). */
export async function presets(): Promise<Provider[]> {
  return call(() => bound.Presets());
}

/** providers lists the saved providers. */
export async function providers(): Promise<ProviderInfo[]> {
  return call(() => bound.Providers());
}

/** saveProvider creates or replaces (by name) a provider; the first one becomes the default. */
export async function saveProvider(p: Provider): Promise<ProviderInfo> {
  return call(() => bound.SaveProvider(p));
}

/**
 * confirmProvider records that the user checked the provider as shown (its
 * address, key variable and kind); requests may then go to it. It fails with
 * "conflict" when the provider changed since it was shown.
 */
export async function confirmProvider(p: Provider): Promise<ProviderInfo> {
  return call(() => bound.ConfirmProvider(p));
}

/** deleteProvider deletes a provider and its stored key. */
export async function deleteProvider(name: string): Promise<void> {
  await call(() => bound.DeleteProvider(name));
}

/** setDefaultProvider makes name the default ("" leaves only the offline analyzer). */
export async function setDefaultProvider(name: string): Promise<void> {
  await call(() => bound.SetDefaultProvider(name));
}

/** discover looks for model servers on this machine. Network traffic: only on the user's request. */
export async function discover(): Promise<Found[]> {
  return call(() => bound.Discover());
}

/** models lists the models the named provider's server offers. */
export async function models(name: string): Promise<string[]> {
  return call(() => bound.Models(name));
}

/** testProvider probes the named provider: reply, JSON, streaming, context. */
export async function testProvider(name: string): Promise<ProbeReport> {
  return call(() => bound.TestProvider(name));
}

/** setAPIKey stores a provider's key (keychain, or this session only: see KeyStatus.persistent). */
export async function setAPIKey(name: string, key: string): Promise<KeyStatus> {
  return call(() => bound.SetAPIKey(name, key));
}

/** clearAPIKey removes a provider's stored key. */
export async function clearAPIKey(name: string): Promise<KeyStatus> {
  return call(() => bound.ClearAPIKey(name));
}

/** previewTask returns exactly what the task would send (redacted for cloud providers); nothing is sent. */
export async function previewTask(task: string, applicationId: number, opts: RunOptions): Promise<Preview> {
  return call(() => bound.Preview(task, applicationId, opts));
}

/** start runs a task in the background and returns its job id (ai:delta and job:done carry it). */
export async function start(task: string, applicationId: number, opts: RunOptions): Promise<string> {
  return call(() => bound.Start(task, applicationId, opts));
}

/** cancel stops a running task; what arrived is kept as a partial draft. */
export async function cancel(jobId: string): Promise<void> {
  await call(() => bound.Cancel(jobId));
}

/** analyze runs the offline analyzer on the application's job description. */
export async function analyze(applicationId: number): Promise<Analysis> {
  return call(() => bound.Analyze(applicationId));
}

/** templates lists each task's shipped prompt and the user's override. */
export async function templates(): Promise<TemplateInfo[]> {
  return call(() => bound.Templates());
}

/** setPromptOverride stores a task's prompt override (checked by the backend); "" restores the shipped one. */
export async function setPromptOverride(task: string, text: string): Promise<void> {
  await call(() => bound.SetPromptOverride(task, text));
}

/** redactionTerms returns the extra terms hidden from cloud providers. */
export async function redactionTerms(): Promise<string[]> {
  return call(() => bound.RedactionTerms());
}

/** setRedactionTerms replaces the extra terms hidden from cloud providers and returns them as stored. */
export async function setRedactionTerms(terms: string[]): Promise<string[]> {
  return call(() => bound.SetRedactionTerms(terms));
}

/**
 * copyText puts text on the system clipboard: through the Wails runtime in
 * the app (the webview's own clipboard API may be refused), else the page's.
 */
export async function copyText(text: string): Promise<void> {
  if (hasRuntime()) {
    if (await ClipboardSetText(text)) return;
    throw new Error('The clipboard refused the text.');
  }
  // Undefined outside a secure context, whatever lib.dom says.
  const clipboard = typeof navigator !== 'undefined' ? (navigator.clipboard as Clipboard | undefined) : undefined;
  if (clipboard) {
    await clipboard.writeText(text);
    return;
  }
  throw new Error('No clipboard is available here.');
}
