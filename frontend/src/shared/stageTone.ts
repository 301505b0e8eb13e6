/**
 * Stage badges take their colour from what a stage means, not from its
 * position: stages are the user's own (renamed, added, reordered), so the
 * meaning is read from the name ("Phone screen", "Final interview", "Offer")
 * and from the application's outcome, which wins over the stage.
 */
import type { Outcome } from '../api';

/** Tone is what a stage badge says at a glance. */
export type Tone = 'offer' | 'interview' | 'screening' | 'applied' | 'wishlist' | 'other' | 'won' | 'closed';

const byName: [Tone, RegExp][] = [
  ['offer', /\boffer|\bhired\b|\bcontract\b|\bnegotiat/i],
  ['interview', /interview|on-?site|\bfinal\b|\bpanel\b|\btechnical\b|\bloop\b/i],
  ['screening', /screen|\bphone\b|recruiter|assessment|take-?home|\btest\b|\bcall\b/i],
  ['applied', /appl|submitted|\bsent\b/i],
  ['wishlist', /wish|saved|bookmark|interested|\bidea|research|\bto apply\b|backlog/i],
];

/**
 * stageTone is the tone of a badge for a stage name and an outcome: an
 * accepted application is "won", any other closed one (rejected, withdrawn,
 * ghosted, expired) "closed", whatever its stage; an open one is read from
 * the stage's name, and a name that says nothing known is "other".
 */
export function stageTone(stage: string, outcome: Outcome = 'open'): Tone {
  if (outcome === 'accepted') return 'won';
  if (outcome !== 'open') return 'closed';
  for (const [tone, re] of byName) if (re.test(stage)) return tone;
  return 'other';
}

/** The colours of one tone in one scheme: opaque, so their contrast is known. */
export interface ToneColors {
  bg: string;
  fg: string;
  border: string;
}

/**
 * tonePalette holds every tone's colours in the light and the dark scheme.
 * Offer, accepted and interviewing are filled and strong; the stages before
 * them are tinted; closed applications are muted (no fill, a dashed grey
 * border). Every text colour meets WCAG AA (4.5:1) on its background and on
 * the page behind it (stageTone.test.ts checks).
 */
export const tonePalette: Record<Tone, { light: ToneColors; dark: ToneColors }> = {
  offer: {
    light: { bg: '#237032', fg: '#ffffff', border: '#237032' },
    dark: { bg: '#69db7c', fg: '#0b2912', border: '#69db7c' },
  },
  won: {
    light: { bg: '#237032', fg: '#ffffff', border: '#237032' },
    dark: { bg: '#69db7c', fg: '#0b2912', border: '#69db7c' },
  },
  interview: {
    light: { bg: '#6741d9', fg: '#ffffff', border: '#6741d9' },
    dark: { bg: '#b197fc', fg: '#1d1042', border: '#b197fc' },
  },
  screening: {
    light: { bg: '#e3fafc', fg: '#0b6070', border: '#99e9f2' },
    dark: { bg: '#0c3a42', fg: '#99e9f2', border: '#1a6470' },
  },
  applied: {
    light: { bg: '#e7f5ff', fg: '#1864ab', border: '#a5d8ff' },
    dark: { bg: '#13314d', fg: '#a5d8ff', border: '#1f5080' },
  },
  wishlist: {
    light: { bg: '#f1f3f5', fg: '#495057', border: '#dee2e6' },
    dark: { bg: '#2e2e2e', fg: '#ced4da', border: '#424242' },
  },
  other: {
    light: { bg: '#fff4e6', fg: '#a1440a', border: '#ffd8a8' },
    dark: { bg: '#3d2610', fg: '#ffc078', border: '#6b4218' },
  },
  closed: {
    light: { bg: '#ffffff', fg: '#5c636a', border: '#adb5bd' },
    dark: { bg: '#242424', fg: '#a6a7ab', border: '#5c5f66' },
  },
};

/** The colours of the badges for the next interview and due follow-ups (see appFacts.signalBadges). */
export const signalPalette: Record<'interview' | 'overdue' | 'due', { light: ToneColors; dark: ToneColors }> = {
  interview: {
    light: { bg: '#f3f0ff', fg: '#5f3dc4', border: '#d0bfff' },
    dark: { bg: '#2b2146', fg: '#d0bfff', border: '#5f3dc4' },
  },
  overdue: {
    light: { bg: '#fff5f5', fg: '#c92a2a', border: '#ffc9c9' },
    dark: { bg: '#3b1d1d', fg: '#ffa8a8', border: '#862e2e' },
  },
  due: {
    light: { bg: '#fff4e6', fg: '#a1440a', border: '#ffd8a8' },
    dark: { bg: '#3d2610', fg: '#ffc078', border: '#6b4218' },
  },
};

/** The page behind a badge in each scheme (Mantine's body colours). */
export const pageBackground = { light: '#ffffff', dark: '#242424' };

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** contrast is the WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
