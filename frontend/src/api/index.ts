/**
 * The UI's API: typed functions over the generated Wails bindings, their
 * events and error mapping. The rest of the UI imports from src/api (this
 * module or one of its files), never from wailsjs, so tests can mock it.
 */
export * as applications from './applications';
export * as pipeline from './pipeline';
export * as contacts from './contacts';
export * as tasks from './tasks';
export * as data from './data';
export * as csvImport from './csvImport';
export * as assistant from './assistant';
export type { Generation } from './assistant';
export * as drafts from './drafts';
export * as insights from './insights';
export * as settings from './settings';
export * as events from './events';
export * as profile from './profile';
export * as calendar from './calendar';
export * as interviews from './interviews';
export * as mail from './mail';
export type { InterviewInput } from './interviews';
export * as links from './links';
export * as browser from './browser';
export * as mailAccount from './mailAccount';
export * as jobs from './jobs';
export * as signals from './signals';
export type { Signals } from './signals';
export type { JobDraft } from './jobs';
export { ApiError, isApiError, toApiError, type ErrorCode, type FieldConflict } from './errors';
export { assumeBackend, hasBackend, noBackendMessage } from './backend';
export { emptyApplication } from './normalize';
export * from './types';
