/**
 * The profile as rows of labelled values, for the parsed side of a CV
 * version: each row knows its path (as the parser's provenance and the
 * backend's merge name them), the path to merge it by, and how sure the
 * parser was.
 */
import type { CVField, Profile, ProfileSection } from '../../api/profile';

/** Confidence below which a parsed value is highlighted for checking. */
export const lowConfidence = 0.6;

/** One input of an entry editor: kind "lines" is one item per line, "words" comma-separated. */
export interface FieldSpec {
  key: string;
  label: string;
  kind?: 'text' | 'long' | 'date' | 'lines' | 'words';
}

/** A list section of the profile and the fields of its entries. */
export interface SectionSpec {
  key: ProfileSection;
  label: string;
  /** Singular, for "Add job" and "Remove job". */
  noun: string;
  fields: FieldSpec[];
  /** Field whose value titles an entry. */
  title: string;
}

/** Every list section, in the order a CV usually shows them. */
export const sections: SectionSpec[] = [
  {
    key: 'work',
    label: 'Work',
    noun: 'job',
    title: 'position',
    fields: [
      { key: 'position', label: 'Position' },
      { key: 'name', label: 'Company' },
      { key: 'location', label: 'Location' },
      { key: 'startDate', label: 'Start date', kind: 'date' },
      { key: 'endDate', label: 'End date', kind: 'date' },
      { key: 'url', label: 'Website' },
      { key: 'summary', label: 'Summary', kind: 'long' },
      { key: 'highlights', label: 'Highlights (one per line)', kind: 'lines' },
    ],
  },
  {
    key: 'education',
    label: 'Education',
    noun: 'education',
    title: 'institution',
    fields: [
      { key: 'institution', label: 'Institution' },
      { key: 'studyType', label: 'Degree' },
      { key: 'area', label: 'Area of study' },
      { key: 'startDate', label: 'Start date', kind: 'date' },
      { key: 'endDate', label: 'End date', kind: 'date' },
      { key: 'score', label: 'Score' },
      { key: 'url', label: 'Website' },
      { key: 'courses', label: 'Courses (one per line)', kind: 'lines' },
    ],
  },
  {
    key: 'skills',
    label: 'Skills',
    noun: 'skill',
    title: 'name',
    fields: [
      { key: 'name', label: 'Skill or group' },
      { key: 'level', label: 'Level' },
      { key: 'keywords', label: 'Keywords (comma-separated)', kind: 'words' },
    ],
  },
  {
    key: 'projects',
    label: 'Projects',
    noun: 'project',
    title: 'name',
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'description', label: 'Description', kind: 'long' },
      { key: 'startDate', label: 'Start date', kind: 'date' },
      { key: 'endDate', label: 'End date', kind: 'date' },
      { key: 'url', label: 'Website' },
      { key: 'highlights', label: 'Highlights (one per line)', kind: 'lines' },
      { key: 'keywords', label: 'Keywords (comma-separated)', kind: 'words' },
    ],
  },
  {
    key: 'languages',
    label: 'Languages',
    noun: 'language',
    title: 'language',
    fields: [
      { key: 'language', label: 'Language' },
      { key: 'fluency', label: 'Fluency' },
    ],
  },
  {
    key: 'certificates',
    label: 'Certificates',
    noun: 'certificate',
    title: 'name',
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'issuer', label: 'Issuer' },
      { key: 'date', label: 'Date', kind: 'date' },
      { key: 'url', label: 'Website' },
    ],
  },
  {
    key: 'awards',
    label: 'Awards',
    noun: 'award',
    title: 'title',
    fields: [
      { key: 'title', label: 'Title' },
      { key: 'awarder', label: 'Awarder' },
      { key: 'date', label: 'Date', kind: 'date' },
      { key: 'summary', label: 'Summary', kind: 'long' },
    ],
  },
  {
    key: 'volunteer',
    label: 'Volunteering',
    noun: 'volunteering',
    title: 'organization',
    fields: [
      { key: 'organization', label: 'Organisation' },
      { key: 'position', label: 'Position' },
      { key: 'startDate', label: 'Start date', kind: 'date' },
      { key: 'endDate', label: 'End date', kind: 'date' },
      { key: 'url', label: 'Website' },
      { key: 'summary', label: 'Summary', kind: 'long' },
      { key: 'highlights', label: 'Highlights (one per line)', kind: 'lines' },
    ],
  },
  {
    key: 'publications',
    label: 'Publications',
    noun: 'publication',
    title: 'name',
    fields: [
      { key: 'name', label: 'Title' },
      { key: 'publisher', label: 'Publisher' },
      { key: 'releaseDate', label: 'Date', kind: 'date' },
      { key: 'url', label: 'Website' },
      { key: 'summary', label: 'Summary', kind: 'long' },
    ],
  },
  {
    key: 'interests',
    label: 'Interests',
    noun: 'interest',
    title: 'name',
    fields: [
      { key: 'name', label: 'Interest' },
      { key: 'keywords', label: 'Keywords (comma-separated)', kind: 'words' },
    ],
  },
  {
    key: 'references',
    label: 'References',
    noun: 'reference',
    title: 'name',
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'reference', label: 'Reference', kind: 'long' },
    ],
  },
];

/** The plain fields of basics (location and profiles are handled apart). */
export const basicsFields: FieldSpec[] = [
  { key: 'name', label: 'Name' },
  { key: 'label', label: 'Headline' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'url', label: 'Website' },
  { key: 'summary', label: 'Summary', kind: 'long' },
];

/** The fields of basics.location. */
export const locationFields: FieldSpec[] = [
  { key: 'address', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'region', label: 'Region' },
  { key: 'postalCode', label: 'Postal code' },
  { key: 'countryCode', label: 'Country code' },
];

/** One parsed value to show. */
export interface Row {
  /** Full path, e.g. "work[0].startDate". */
  path: string;
  /** What MergeIntoMaster takes for it: "basics.email" or the whole entry "work[0]". */
  mergePath: string;
  label: string;
  value: string;
  /** The parser's confidence, or undefined when it recorded none. */
  confidence?: number;
  /** The page it came from (from 1), 0 when unknown. */
  page: number;
  /** Where on the page its line starts, in points from the top-left; known only with its own record. */
  at?: { x: number; y: number };
}

/** A group of rows: basics, or one entry of a list section. */
export interface RowGroup {
  /** "basics", or the entry's path ("work[0]"). */
  path: string;
  section: 'basics' | ProfileSection;
  title: string;
  rows: Row[];
}

/** display turns a field's value (text or list) into one line of text. */
export function display(v: unknown): string {
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' && x.trim() !== '').join(', ');
  return typeof v === 'string' ? v : '';
}

/**
 * provenance finds the parser's record for path: the exact path, else the
 * nearest enclosing one ("work[0]" for "work[0].summary", "basics.location"
 * for "basics.location.city").
 */
export function provenance(fields: CVField[], path: string): CVField | undefined {
  const byPath = new Map(fields.map((f) => [f.path, f]));
  for (let p = path; p !== ''; p = parentPath(p)) {
    const f = byPath.get(p);
    if (f) return f;
  }
  return undefined;
}

/** parentPath drops the last step of a path: "work[0].name" -> "work[0]" -> "work" -> "". */
export function parentPath(p: string): string {
  const dot = p.lastIndexOf('.');
  const br = p.lastIndexOf('[');
  const cut = Math.max(dot, br);
  return cut <= 0 ? '' : p.slice(0, cut);
}

function row(fields: CVField[], path: string, mergePath: string, label: string, value: unknown): Row | null {
  const text = display(value);
  if (text.trim() === '') return null;
  const f = provenance(fields, path);
  // Without its own record, a value is shown on the page its entry's other values came from.
  const page = f?.page || fields.find((x) => x.page > 0 && x.path.startsWith(`${mergePath}.`))?.page || 0;
  const at = f && f.page > 0 && (f.x > 0 || f.y > 0) ? { x: f.x, y: f.y } : undefined;
  return { path, mergePath, label, value: text, confidence: f?.confidence, page, at };
}

/** rowGroups lists the non-empty values of a parsed profile, grouped as the CV is. */
export function rowGroups(p: Profile, fields: CVField[]): RowGroup[] {
  const out: RowGroup[] = [];
  const basics: Row[] = [];
  const b = p.basics as unknown as Record<string, unknown>;
  for (const f of basicsFields) {
    const r = row(fields, `basics.${f.key}`, `basics.${f.key}`, f.label, b[f.key]);
    if (r) basics.push(r);
  }
  const loc = [
    p.basics.location.address,
    p.basics.location.city,
    p.basics.location.region,
    p.basics.location.postalCode,
    p.basics.location.countryCode,
  ]
    .filter((s) => s.trim() !== '')
    .join(', ');
  const lr = row(fields, 'basics.location', 'basics.location', 'Location', loc);
  if (lr) basics.push(lr);
  p.basics.profiles.forEach((s, i) => {
    const r = row(
      fields,
      `basics.profiles[${i}]`,
      `basics.profiles[${i}]`,
      s.network || 'Profile',
      s.url || s.username,
    );
    if (r) basics.push(r);
  });
  if (basics.length > 0) out.push({ path: 'basics', section: 'basics', title: 'Contact and summary', rows: basics });
  for (const s of sections) {
    const list = p[s.key] as unknown as Record<string, unknown>[];
    list.forEach((e, i) => {
      const path = `${s.key}[${i}]`;
      const rows = s.fields
        .map((f) => row(fields, `${path}.${f.key}`, path, f.label, e[f.key]))
        .filter((r): r is Row => r !== null);
      if (rows.length === 0) return;
      out.push({ path, section: s.key, title: `${s.label}: ${display(e[s.title]) || `entry ${i + 1}`}`, rows });
    });
  }
  return out;
}

/** isLow reports whether a confidence calls for the user's check. */
export function isLow(confidence: number | undefined): boolean {
  return confidence !== undefined && confidence < lowConfidence;
}

/** sectionOfPath returns the section an error path belongs to: "work[0].startDate" -> "work", "basics.email" -> "basics". */
export function sectionOfPath(path: string): string {
  const m = /^([A-Za-z]+)/.exec(path);
  return m ? m[1] : '';
}

/** fieldName names a profile path for people: "work[0].startDate" -> "Work 1, start date". */
export function fieldName(path: string): string {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path);
  if (!m) return path;
  const sec = m[1];
  // Optional groups are undefined when they did not match.
  const idx = m.at(2);
  const rest = m.at(3);
  if (sec === 'basics') {
    const pm = /^profiles\[(\d+)\]\.(\w+)$/.exec(rest ?? '');
    if (pm) return `Online profile ${Number(pm[1]) + 1}, ${pm[2] === 'url' ? 'link' : pm[2]}`;
    const key = (rest ?? '').replace(/^location\./, '');
    const f = [...basicsFields, ...locationFields].find((x) => x.key === key);
    return f ? f.label : path;
  }
  const spec = sections.find((x) => x.key === sec);
  if (!spec) return path;
  const entry = idx !== undefined ? `${spec.label} ${Number(idx) + 1}` : spec.label;
  const f = rest ? spec.fields.find((x) => x.key === rest) : undefined;
  if (!rest) return entry;
  return `${entry}, ${f ? f.label.replace(/ \(.*\)$/, '').toLowerCase() : rest}`;
}
