/**
 * Pure edits of a profile for the master editor: set a value by path, add
 * and remove entries, and clean a profile before it is saved (trimmed list
 * items, keywords split on commas, entries left empty dropped).
 */
import type { Profile, ProfileSection } from '../../api/profile';
import { sections } from './fields';

type Obj = Record<string, unknown>;

/** setBasics returns p with basics[key] (or basics.location[key] when inLocation) set. */
export function setBasics(p: Profile, key: string, value: string, inLocation = false): Profile {
  if (inLocation) return { ...p, basics: { ...p.basics, location: { ...p.basics.location, [key]: value } } };
  return { ...p, basics: { ...p.basics, [key]: value } };
}

/** setProfileLink returns p with basics.profiles[i][key] set. */
export function setProfileLink(p: Profile, i: number, key: string, value: string): Profile {
  const profiles = p.basics.profiles.map((s, j) => (j === i ? { ...s, [key]: value } : s));
  return { ...p, basics: { ...p.basics, profiles } };
}

/** setEntry returns p with section[i][key] set to value (text or list). */
export function setEntry(
  p: Profile,
  section: ProfileSection,
  i: number,
  key: string,
  value: string | string[],
): Profile {
  const list = (p[section] as unknown as Obj[]).map((e, j) => (j === i ? { ...e, [key]: value } : e));
  return { ...p, [section]: list };
}

/** addEntry appends an empty entry to section. */
export function addEntry(p: Profile, section: ProfileSection): Profile {
  const blank = emptyProfileEntry(section) ?? {};
  return { ...p, [section]: [...(p[section] as unknown as Obj[]), blank] };
}

/** removeEntry drops entry i of section. */
export function removeEntry(p: Profile, section: ProfileSection, i: number): Profile {
  return { ...p, [section]: (p[section] as unknown as Obj[]).filter((_, j) => j !== i) };
}

/** emptyProfileEntry is a blank entry with every field of section. */
export function emptyProfileEntry(section: ProfileSection): Obj | undefined {
  const spec = sections.find((s) => s.key === section);
  if (!spec) return undefined;
  const out: Obj = {};
  for (const f of spec.fields) out[f.key] = f.kind === 'lines' || f.kind === 'words' ? [] : '';
  return out;
}

/** splitWords turns "Go, SQL, TypeScript" into its items. */
export function splitWords(s: string): string[] {
  return s.split(',').map((w) => w.trim());
}

function cleanList(v: unknown, words: boolean): string[] {
  if (!Array.isArray(v)) return [];
  const items = v.flatMap((x) => (typeof x === 'string' ? (words ? splitWords(x) : [x.trim()]) : []));
  return items.filter((x) => x !== '');
}

function hasValue(e: Obj): boolean {
  return Object.values(e).some((v) =>
    typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 : false,
  );
}

/** cleanProfile prepares p for saving: list items trimmed and split, empty entries and profile links dropped. */
export function cleanProfile(p: Profile): Profile {
  const out = {
    ...p,
    basics: { ...p.basics, profiles: p.basics.profiles.filter((s) => hasValue(s as unknown as Obj)) },
  };
  for (const s of sections) {
    const list = (p[s.key] as unknown as Obj[]).map((e) => {
      const c: Obj = { ...e };
      for (const f of s.fields) {
        if (f.kind === 'lines' || f.kind === 'words') c[f.key] = cleanList(e[f.key], f.kind === 'words');
      }
      return c;
    });
    (out as unknown as Record<string, Obj[]>)[s.key] = list.filter(hasValue);
  }
  return out;
}

/** sameProfile compares two profiles by value. */
export function sameProfile(a: Profile, b: Profile): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
