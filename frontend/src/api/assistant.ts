/**
 * Typed calls to service.Assistant (backend/service/assistant*.go): model
 * providers and their keys, the preview of what a task sends, runs streamed
 * through ai:delta and ended by job:done, saved drafts and their versions,
 * the request ledger (ledger.ts), prompt overrides, redaction terms and the offline
 * analyzer. Go nil slices arrive as null: every reader here normalises them.
 */
import * as bound from '../../wailsjs/go/service/Assistant';
import { llm, service, type assist, type model } from '../../wailsjs/go/models';
import { ClipboardSetText } from '../../wailsjs/runtime/runtime';
import { call, goStruct } from './backend';
import { hasRuntime } from './events';
import { obj, str, num, strs, listOf } from './read';
import type { Assert, SameFields } from './read';
import { readInsights, readTailoring, type Analysis, type Insights, type Tailoring } from './analysis';

export * from './analysis';
export * from './ledger';

/** A saved AI draft (cover letter, interview prep...) for an application. */
export interface Generation {
  id: number;
  applicationId: number;
  /** The task that produced it, such as "cover-letter". */
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
  /** Digest of the inputs the prompt was built from (optional so older test fixtures still type-check). */
  inputDigest?: string;
  promptVersion?: string;
}

/** One version of a generation: 1 is what the model wrote, later ones are edits. */
export interface GenerationVersion {
  generationId: number;
  version: number;
  text: string;
  /** "model" or "user". */
  author: string;
  createdAt: string;
}

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

/** A provider profile. Kind "local" gets text as it is; "cloud" gets personal details replaced. */
export interface Provider {
  name: string;
  baseURL: string;
  model: string;
  kind: 'local' | 'cloud';
  /** Environment variable holding the API key, if the user named one. */
  apiKeyEnv?: string;
  /** Structured-output mode remembered for this server ("json_schema", "json_object", "prompt"). */
  structured?: string;
  contextTokens?: number;
}

/**
 * Where a provider's requests go and what they carry, shown before anything
 * is sent: the address and its server, local or cloud, which key is attached
 * and from where (never the key), and whether the user confirmed the
 * provider as it is. An unconfirmed one gets no request until they do.
 */
export interface Destination {
  provider: string;
  baseURL: string;
  /** scheme://host:port, the server that receives the text and the key. */
  origin: string;
  kind: string;
  /** True when personal details are replaced before sending (cloud). */
  redacted: boolean;
  /** Where the attached key comes from: "env", "keychain", "session" or "" (no key). */
  keySource: string;
  /** The variable or keychain entry it comes from; "" when no key is attached. */
  keyName: string;
  /** The variable the provider names, set or not. */
  keyEnv: string;
  confirmed: boolean;
  /** Why it is not confirmed (new, or what changed since); [] when it is. */
  changes: string[];
}

/** A saved provider as the settings list shows it. */
export interface ProviderInfo {
  provider: Provider;
  default: boolean;
  /** "env", "keychain", "session" (kept for this session only) or "". */
  keySource: string;
  /** Always sent by the backend; optional so fixtures written before it still type-check. */
  destination?: Destination;
}

/** The outcome of setting or clearing an API key. */
export interface KeyStatus {
  provider: string;
  stored: boolean;
  /** False when the key is kept for this session only. */
  persistent: boolean;
  message: string;
}

/** A model server found on this machine. */
export interface Found {
  port: number;
  baseURL: string;
  server: string;
  models: string[];
}

/** One check of a provider test. `took` is in nanoseconds. */
export interface Check {
  ok: boolean;
  /** What was asked of the model, in plain words. */
  what: string;
  detail: string;
  error?: string;
  took: number;
}

/** What "test this model" found. */
export interface ProbeReport {
  reply: Check;
  json: Check;
  stream: Check;
  context: Check;
  jsonMode: string;
  contextTokens: number;
  truncates: boolean;
  /** What the test sent and what it did not, in plain words. */
  summary: string;
}

/** Options of one run. */
export interface TaskOptions {
  tone: string;
  length: string;
  /** ISO 639-1 code; "" follows the job description. */
  language: string;
  recipient: string;
  extra: string;
}

/** Which provider and options a run uses. */
export interface RunOptions {
  /** "" is the default provider. */
  provider: string;
  options: TaskOptions;
  /** Input budget in tokens; 0 derives it from the provider. */
  budget: number;
}

/** Exactly what a task would send. */
export interface Preview {
  task: string;
  provider: string;
  model: string;
  kind: string;
  url: string;
  destination: Destination;
  redacted: boolean;
  placeholders: string[];
  tokens: number;
  omitted: string[];
  promptVersion: string;
  inputDigest: string;
  /** The exact JSON request body. */
  body: string;
}

/** A task's shipped prompt template and the user's override ("" when none). */
export interface TemplateInfo {
  task: string;
  json: boolean;
  default: string;
  override: string;
}

/** What a finished or stopped run produced (job:done's result). */
export interface GenerationResult {
  /** The saved generation, 0 when nothing arrived. */
  generationId: number;
  partial: boolean;
  format: string;
  text: string;
  tailoring?: Tailoring;
  insights?: Insights;
}

function generation(x: unknown): Generation {
  const g = obj(x);
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
    inputDigest: str(g.inputDigest),
    promptVersion: str(g.promptVersion),
  };
}

function version(x: unknown): GenerationVersion {
  const v = obj(x);
  return {
    generationId: num(v.generationId),
    version: num(v.version),
    text: str(v.text),
    author: str(v.author),
    createdAt: str(v.createdAt),
  };
}

function provider(x: unknown): Provider {
  const p = obj(x);
  const out: Provider = {
    name: str(p.name),
    baseURL: str(p.baseURL),
    model: str(p.model),
    kind: p.kind === 'cloud' ? 'cloud' : 'local',
  };
  if (str(p.apiKeyEnv)) out.apiKeyEnv = str(p.apiKeyEnv);
  if (str(p.structured)) out.structured = str(p.structured);
  if (num(p.contextTokens)) out.contextTokens = num(p.contextTokens);
  return out;
}

/** readDestination normalises where a provider's requests go (a missing one reads as unconfirmed). */
export function readDestination(x: unknown): Destination {
  const d = obj(x);
  return {
    provider: str(d.provider),
    baseURL: str(d.baseURL),
    origin: str(d.origin),
    kind: str(d.kind),
    redacted: d.redacted === true,
    keySource: str(d.keySource),
    keyName: str(d.keyName),
    keyEnv: str(d.keyEnv),
    confirmed: d.confirmed === true,
    changes: strs(d.changes),
  };
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

function providerInfo(x: unknown): ProviderInfo {
  const p = obj(x);
  return {
    provider: provider(p.provider),
    default: p.default === true,
    keySource: str(p.keySource),
    destination: readDestination(p.destination),
  };
}

function keyStatus(x: unknown): KeyStatus {
  const k = obj(x);
  return {
    provider: str(k.provider),
    stored: k.stored === true,
    persistent: k.persistent === true,
    message: str(k.message),
  };
}

function check(x: unknown): Check {
  const c = obj(x);
  const e = obj(c.error);
  const out: Check = { ok: c.ok === true, what: str(c.what), detail: str(c.detail), took: num(c.took) };
  if (str(e.message)) out.error = str(e.message);
  return out;
}

/** readProbeReport normalises a provider test report. */
export function readProbeReport(x: unknown): ProbeReport {
  const r = obj(x);
  return {
    reply: check(r.reply),
    json: check(r.json),
    stream: check(r.stream),
    context: check(r.context),
    jsonMode: str(r.jsonMode),
    contextTokens: num(r.contextTokens),
    truncates: r.truncates === true,
    summary: str(r.summary),
  };
}

function preview(x: unknown): Preview {
  const p = obj(x);
  return {
    task: str(p.task),
    provider: str(p.provider),
    model: str(p.model),
    kind: str(p.kind),
    url: str(p.url),
    destination: readDestination(p.destination),
    redacted: p.redacted === true,
    placeholders: strs(p.placeholders),
    tokens: num(p.tokens),
    omitted: strs(p.omitted),
    promptVersion: str(p.promptVersion),
    inputDigest: str(p.inputDigest),
    body: str(p.body),
  };
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
  return listOf(await call(() => bound.Generations(applicationId)), generation);
}

/** updateGeneration saves the user's edit as a new version and returns the generation. */
export async function updateGeneration(id: number, text: string): Promise<Generation> {
  return generation(await call(() => bound.UpdateGeneration(id, text)));
}

/** generationVersions lists every version of a generation, oldest first. */
export async function generationVersions(id: number): Promise<GenerationVersion[]> {
  return listOf(await call(() => bound.GenerationVersions(id)), version);
}

/** deleteGeneration deletes a draft and its versions. */
export async function deleteGeneration(id: number): Promise<void> {
  await call(() => bound.DeleteGeneration(id));
}

/** exportGeneration returns a draft's latest text as Markdown or plain text. */
export async function exportGeneration(id: number, format: 'markdown' | 'text'): Promise<string> {
  return str(await call(() => bound.ExportGeneration(id, format)));
}

/** presets returns the provider presets (Ollama, LM Studio, llama.cpp, OpenAI, Anthropic, Custom). */
export async function presets(): Promise<Provider[]> {
  return listOf(await call(() => bound.Presets()), provider);
}

/** providers lists the saved providers. */
export async function providers(): Promise<ProviderInfo[]> {
  return listOf(await call(() => bound.Providers()), providerInfo);
}

/** saveProvider creates or replaces (by name) a provider; the first one becomes the default. */
export async function saveProvider(p: Provider): Promise<ProviderInfo> {
  return providerInfo(await call(() => bound.SaveProvider(llm.Provider.createFrom(p))));
}

/**
 * confirmProvider records that the user checked the provider as shown (its
 * address, key variable and kind); requests may then go to it. It fails with
 * "conflict" when the provider changed since it was shown.
 */
export async function confirmProvider(p: Provider): Promise<ProviderInfo> {
  return providerInfo(await call(() => bound.ConfirmProvider(llm.Provider.createFrom(p))));
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
  return listOf(await call(() => bound.Discover()), (x) => {
    const f = obj(x);
    return { port: num(f.port), baseURL: str(f.baseURL), server: str(f.server), models: strs(f.models) };
  });
}

/** models lists the models the named provider's server offers. */
export async function models(name: string): Promise<string[]> {
  return strs(await call(() => bound.Models(name)));
}

/** testProvider probes the named provider: reply, JSON, streaming, context. */
export async function testProvider(name: string): Promise<ProbeReport> {
  return readProbeReport(await call(() => bound.TestProvider(name)));
}

/** setAPIKey stores a provider's key (keychain, or this session only: see KeyStatus.persistent). */
export async function setAPIKey(name: string, key: string): Promise<KeyStatus> {
  return keyStatus(await call(() => bound.SetAPIKey(name, key)));
}

/** clearAPIKey removes a provider's stored key. */
export async function clearAPIKey(name: string): Promise<KeyStatus> {
  return keyStatus(await call(() => bound.ClearAPIKey(name)));
}

/** previewTask returns exactly what the task would send (redacted for cloud providers); nothing is sent. */
export async function previewTask(task: string, applicationId: number, opts: RunOptions): Promise<Preview> {
  return preview(await call(() => bound.Preview(task, applicationId, service.RunOptions.createFrom(opts))));
}

/** start runs a task in the background and returns its job id (ai:delta and job:done carry it). */
export async function start(task: string, applicationId: number, opts: RunOptions): Promise<string> {
  return str(await call(() => bound.Start(task, applicationId, service.RunOptions.createFrom(opts))));
}

/** cancel stops a running task; what arrived is kept as a partial draft. */
export async function cancel(jobId: string): Promise<void> {
  await call(() => bound.Cancel(jobId));
}

/** analyze runs the offline analyzer on the application's job description. */
export async function analyze(applicationId: number): Promise<Analysis> {
  return call(() => goStruct('service', 'Assistant').Analyze(applicationId));
}

/** templates lists each task's shipped prompt and the user's override. */
export async function templates(): Promise<TemplateInfo[]> {
  return listOf(await call(() => bound.Templates()), (x) => {
    const t = obj(x);
    return { task: str(t.task), json: t.json === true, default: str(t.default), override: str(t.override) };
  });
}

/** setPromptOverride stores a task's prompt override (checked by the backend); "" restores the shipped one. */
export async function setPromptOverride(task: string, text: string): Promise<void> {
  await call(() => bound.SetPromptOverride(task, text));
}

/** redactionTerms returns the extra terms hidden from cloud providers. */
export async function redactionTerms(): Promise<string[]> {
  return strs(await call(() => bound.RedactionTerms()));
}

/** setRedactionTerms replaces the extra terms hidden from cloud providers and returns them as stored. */
export async function setRedactionTerms(terms: string[]): Promise<string[]> {
  return strs(await call(() => bound.SetRedactionTerms(terms)));
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

// Compile-time drift checks against the generated models.
/** Fails to compile when a generated model and its interface here differ in field names. */
export type AssistantDriftChecks = [
  Assert<SameFields<model.Generation, Generation>>,
  Assert<SameFields<model.GenerationVersion, GenerationVersion>>,
  Assert<SameFields<llm.Provider, Provider>>,
  Assert<SameFields<llm.ProbeReport, ProbeReport>>,
  Assert<SameFields<llm.Check, Check>>,
  Assert<SameFields<llm.Found, Found>>,
  Assert<SameFields<service.ProviderInfo, ProviderInfo>>,
  Assert<SameFields<service.Destination, Destination>>,
  Assert<SameFields<service.KeyStatus, KeyStatus>>,
  Assert<SameFields<service.Preview, Preview>>,
  Assert<SameFields<service.RunOptions, RunOptions>>,
  Assert<SameFields<service.TemplateInfo, TemplateInfo>>,
  Assert<SameFields<assist.Options, TaskOptions>>,
];
