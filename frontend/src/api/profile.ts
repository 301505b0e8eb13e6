/**
 * CVs and the profile (backend/service/profile.go): imported CV versions with
 * the profile read from each, the master profile (JSON Resume), merging a
 * version into it, JSON Resume import/export, the CV sent with an
 * application, and files dropped on the window.
 */
import { call, goStruct, orNull } from './backend';
import { runJob, type JobDone, type JobProgress } from './events';
import type * as go from './generated';
import { num } from './read';

/*
 * The profile types are Go's (generated.ts), filled: Go marks every JSON
 * Resume field omitempty (the stored and exported profile stays JSON
 * Resume), so profileOf below fills what Go leaves out and the editors get
 * every list present and every text a string.
 */

/** A postal location (JSON Resume). */
export type Location = Required<go.Location>;
/** A profile on a social network or site. */
export type SocialProfile = Required<go.SocialProfile>;
/** Who the person is and how to reach them. */
export type Basics = Required<Omit<go.Basics, 'location' | 'profiles'>> & {
  location: Location;
  profiles: SocialProfile[];
};
/** A job. */
export type Work = Required<go.Work>;
/** Volunteering. */
export type Volunteer = Required<go.Volunteer>;
/** A school or course. */
export type Education = Required<go.Education>;
/** An award. */
export type Award = Required<go.Award>;
/** A certificate. */
export type Certificate = Required<go.Certificate>;
/** A publication. */
export type Publication = Required<go.Publication>;
/** A skill, possibly a group of keywords. */
export type Skill = Required<go.Skill>;
/** A spoken language. */
export type Language = Required<go.Language>;
/** An interest. */
export type Interest = Required<go.Interest>;
/** A reference. */
export type Reference = Required<go.Reference>;
/** A project. */
export type Project = Required<go.Project>;

/** The list sections of a profile (everything but basics). */
export type ProfileSection = Exclude<keyof go.Profile, 'basics'>;

/** A JSON Resume profile with every list present and every text a string. */
export type Profile = { basics: Basics } & {
  [K in ProfileSection]-?: Required<NonNullable<go.Profile[K]>[number]>[];
};

/** Where a parsed value came from (page from 1, position in points) and how sure the parser is (0..1). */
export type CVField = go.Field;

/** An imported CV: its file's facts, the profile read from it (filled) and the reader's notes. */
export type CVVersion = Omit<go.CVVersion, 'profile'> & { profile: Profile };

/** A version's original file, its data decoded from Go's base64. */
export type CVFile = Omit<go.CVFile, 'data'> & { data: Uint8Array };

const bound = goStruct('service', 'Profile');

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);
const arr = <T>(v: unknown, f: (x: unknown) => T): T[] => (Array.isArray(v) ? v.map(f) : []);

/** Fills every field named in keys: lists (listKeys) become string arrays, the rest strings. */
function entry<T>(x: unknown, keys: readonly (keyof T & string)[], listKeys: readonly (keyof T & string)[] = []): T {
  const o = obj(x);
  const out: Obj = {};
  for (const k of keys) out[k] = listKeys.includes(k) ? strs(o[k]) : str(o[k]);
  return out as T;
}

/** profileOf fills a possibly partial profile from the backend (nil slices arrive as null). */
export function profileOf(x: unknown): Profile {
  const p = obj(x);
  const b = obj(p.basics);
  return {
    basics: {
      ...entry<Omit<Basics, 'location' | 'profiles'>>(b, [
        'name',
        'label',
        'image',
        'email',
        'phone',
        'url',
        'summary',
      ]),
      location: entry<Location>(b.location, ['address', 'postalCode', 'city', 'countryCode', 'region']),
      profiles: arr(b.profiles, (s) => entry<SocialProfile>(s, ['network', 'username', 'url'])),
    },
    work: arr(p.work, (w) =>
      entry<Work>(
        w,
        ['name', 'location', 'description', 'position', 'url', 'startDate', 'endDate', 'summary', 'highlights'],
        ['highlights'],
      ),
    ),
    volunteer: arr(p.volunteer, (v) =>
      entry<Volunteer>(
        v,
        ['organization', 'position', 'url', 'startDate', 'endDate', 'summary', 'highlights'],
        ['highlights'],
      ),
    ),
    education: arr(p.education, (e) =>
      entry<Education>(
        e,
        ['institution', 'url', 'area', 'studyType', 'startDate', 'endDate', 'score', 'courses'],
        ['courses'],
      ),
    ),
    awards: arr(p.awards, (a) => entry<Award>(a, ['title', 'date', 'awarder', 'summary'])),
    certificates: arr(p.certificates, (c) => entry<Certificate>(c, ['name', 'date', 'issuer', 'url'])),
    publications: arr(p.publications, (c) =>
      entry<Publication>(c, ['name', 'publisher', 'releaseDate', 'url', 'summary']),
    ),
    skills: arr(p.skills, (s) => entry<Skill>(s, ['name', 'level', 'keywords'], ['keywords'])),
    languages: arr(p.languages, (l) => entry<Language>(l, ['language', 'fluency'])),
    interests: arr(p.interests, (i) => entry<Interest>(i, ['name', 'keywords'], ['keywords'])),
    references: arr(p.references, (r) => entry<Reference>(r, ['name', 'reference'])),
    projects: arr(p.projects, (r) =>
      entry<Project>(
        r,
        ['name', 'description', 'highlights', 'keywords', 'startDate', 'endDate', 'url', 'roles', 'entity', 'type'],
        ['highlights', 'keywords', 'roles'],
      ),
    ),
  };
}

/** emptyProfile is a profile with nothing in it. */
export function emptyProfile(): Profile {
  return profileOf({});
}

/** versionOf fills a CV version from the backend. */
export function versionOf(x: unknown): CVVersion {
  const v = obj(x);
  return {
    id: num(v.id),
    label: str(v.label),
    fileName: str(v.fileName),
    mediaType: str(v.mediaType),
    size: num(v.size),
    sha256: str(v.sha256),
    notACV: v.notACV === true,
    profile: profileOf(v.profile),
    fields: arr(v.fields, (f) => {
      const o = obj(f);
      return { path: str(o.path), page: num(o.page), x: num(o.x), y: num(o.y), confidence: num(o.confidence) };
    }),
    warnings: strs(v.warnings),
    applications: arr(v.applications, num),
    createdAt: str(v.createdAt),
  };
}

/** decodeBase64 turns Go's base64 []byte (or a plain number array) into bytes. */
export function decodeBase64(data: unknown): Uint8Array {
  if (Array.isArray(data)) return Uint8Array.from(data.map(num));
  if (typeof data !== 'string' || data === '') return new Uint8Array();
  const bin = atob(data);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** versions lists the imported CVs, newest first. */
export async function versions(): Promise<CVVersion[]> {
  const r = await call(() => bound.Versions());
  return arr(r, versionOf);
}

/** version returns one CV version. */
export async function version(id: number): Promise<CVVersion> {
  return versionOf(await call(() => bound.Version(id)));
}

/** versionFile returns a version's original file. */
export async function versionFile(id: number): Promise<CVFile> {
  const f = obj(await call(() => bound.VersionFile(id)));
  return { fileName: str(f.fileName), mediaType: str(f.mediaType), data: decodeBase64(f.data) };
}

/** renameVersion changes a version's label. */
export async function renameVersion(id: number, label: string): Promise<CVVersion> {
  return versionOf(await call(() => bound.RenameVersion(id, label)));
}

/** deleteVersion deletes a version; without force, one sent with applications is refused (conflict). */
export async function deleteVersion(id: number, force: boolean): Promise<void> {
  await call(() => bound.DeleteVersion(id, force));
}

/** master returns the master profile. */
export async function master(): Promise<Profile> {
  return profileOf(await call(() => bound.Master()));
}

/** saveMaster validates and saves the master profile; an invalid value rejects with its field ("work[0].startDate"). */
export async function saveMaster(p: Profile): Promise<Profile> {
  return profileOf(await call(() => bound.SaveMaster(p)));
}

/** saveVersionProfile validates and saves a version's corrected profile; an invalid value rejects with its field. */
export async function saveVersionProfile(id: number, p: Profile): Promise<CVVersion> {
  return versionOf(await call(() => bound.SaveVersionProfile(id, p)));
}

/** mergeIntoMaster copies fields of a version ("basics.email", "work[2]", "skills"; none = all) into the master. */
export async function mergeIntoMaster(versionId: number, paths: string[]): Promise<Profile> {
  return profileOf(await call(() => bound.MergeIntoMaster(versionId, paths)));
}

/** exportProfileDialog asks where to save and writes the master as JSON Resume; "" when cancelled. */
export async function exportProfileDialog(): Promise<string> {
  return await call(() => bound.ExportProfileDialog());
}

/**
 * importProfileDialog asks for a JSON Resume file and makes it the master;
 * null when the user cancelled (the backend then returns an empty profile).
 */
export async function importProfileDialog(): Promise<Profile | null> {
  const r = await call(() => bound.ImportProfileDialog());
  const p = profileOf(r);
  return isEmptyProfile(p) ? null : p;
}

/** isEmptyProfile reports whether a profile holds no value at all. */
export function isEmptyProfile(p: Profile): boolean {
  const has = (v: unknown): boolean =>
    typeof v === 'string'
      ? v.trim() !== ''
      : Array.isArray(v)
        ? v.some(has)
        : v && typeof v === 'object'
          ? Object.values(v).some(has)
          : false;
  return !has(p);
}

/** linkCV records the version sent with an application. */
export async function linkCV(appId: number, versionId: number): Promise<void> {
  await call(() => bound.LinkCV(appId, versionId));
}

/** unlinkCV forgets which version was sent with an application. */
export async function unlinkCV(appId: number): Promise<void> {
  await call(() => bound.UnlinkCV(appId));
}

/** linkedCV returns the version sent with an application, or null. */
export async function linkedCV(appId: number): Promise<CVVersion | null> {
  const r = orNull(await call(() => bound.LinkedCV(appId)));
  return r ? versionOf(r) : null;
}

/** cancelImport stops a running import job. */
export async function cancelImport(jobId: string): Promise<void> {
  await call(() => bound.CancelImport(jobId));
}

/** How an import job ended. */
export type ImportOutcome =
  | { status: 'done'; version: CVVersion; created: boolean }
  | { status: 'cancelled' }
  | { status: 'failed'; code: string; message: string; field: string; path: string };

/** Callbacks of an import while it runs. */
export interface ImportWatch {
  /** The job started (its id, for cancelImport). */
  onStart?: (jobId: string) => void;
  onProgress?: (p: JobProgress) => void;
}

/** runImport runs an import job (runJob) and says how it ended; a dialog the user closed is 'cancelled'. */
export async function runImport(start: () => Promise<string>, watch: ImportWatch = {}): Promise<ImportOutcome> {
  const done = await runJob(start, watch);
  return done ? outcomeOf(done) : { status: 'cancelled' };
}

/** outcomeOf reads a CV import's job:done event. */
export function outcomeOf(done: JobDone): ImportOutcome {
  const r = obj(done.result);
  if (done.ok) {
    return { status: 'done', version: versionOf(r.version), created: r.created === true };
  }
  if (done.cancelled || done.errorCode === 'canceled') return { status: 'cancelled' };
  return {
    status: 'failed',
    code: done.errorCode || 'internal',
    message: done.errorMessage || 'The CV could not be imported.',
    field: str(r.field),
    path: str(r.path),
  };
}

/** importCVPath imports the CV file at path (a dropped file, or a retry with a password). */
export function importCVPath(
  path: string,
  label: string,
  password: string,
  watch?: ImportWatch,
): Promise<ImportOutcome> {
  return runImport(() => bound.ImportCV(path, label, password), watch);
}

/** importCVDialog asks for a CV with the native dialog and imports it. */
export function importCVDialog(label: string, watch?: ImportWatch): Promise<ImportOutcome> {
  return runImport(() => bound.ImportCVDialog(label), watch);
}

interface DropRuntime {
  OnFileDrop?: (cb: (x: number, y: number, paths: string[]) => void, useDropTarget: boolean) => void;
  OnFileDropOff?: () => void;
}

/** The views listening for drops, latest last; only the latest hears a drop. */
const dropHandlers: { handle: (paths: string[]) => void }[] = [];
let dropRuntime: DropRuntime | undefined;

/**
 * onFileDrop calls handler with the paths of files dropped anywhere on the
 * window (Wails file drop, enabled in app.go) and returns a function that
 * stops listening. Outside the app it does nothing. The latest caller still
 * listening hears a drop (views take turns: the CV view, the applications).
 *
 * The page registers with Wails once and never calls OnFileDropOff: Wails
 * keeps one drop callback per page, and its "off" also removes the Go side's
 * listener, through which the backend learns which files the user dropped
 * (service/paths.go), so every dropped file would be refused after it.
 */
export function onFileDrop(handler: (paths: string[]) => void): () => void {
  const rt = (typeof window !== 'undefined' ? window.runtime : undefined) as DropRuntime | undefined;
  if (!rt || typeof rt.OnFileDrop !== 'function') return () => {};
  if (dropRuntime !== rt) {
    dropRuntime = rt;
    rt.OnFileDrop((_x, _y, paths) => {
      const latest = dropHandlers.at(-1);
      latest?.handle(Array.isArray(paths) ? paths.filter((p) => typeof p === 'string') : []);
    }, false);
  }
  const entry = { handle: handler };
  dropHandlers.push(entry);
  return () => {
    const i = dropHandlers.indexOf(entry);
    if (i >= 0) dropHandlers.splice(i, 1);
  };
}
