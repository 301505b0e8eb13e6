import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariables, dimmedDark, dimmedLight, lightTintAlpha, theme, warmText } from './theme';

/** The WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** mix is fg at alpha over bg, as #rrggbb. */
function mix(fg: string, alpha: number, bg: string): string {
  const part = (h: string, i: number) => parseInt(h.slice(i, i + 2), 16);
  return (
    '#' +
    [1, 3, 5]
      .map((i) => Math.round(part(fg, i) * alpha + part(bg, i) * (1 - alpha)))
      .map((v) => v.toString(16).padStart(2, '0'))
      .join('')
  );
}

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const teal = full.colors.teal;
const white = '#ffffff';
const darkBody = full.colors.dark[7];
const shade = full.primaryShade as { light: number; dark: number };

describe('theme colours (WCAG AA)', () => {
  it('checks the contrast the way WCAG defines it', () => {
    expect(contrast('#000000', white)).toBeCloseTo(21, 5);
    // The figures the accessibility audit measured on Mantine's defaults.
    expect(contrast(white, teal[6])).toBeCloseTo(2.55, 1);
    expect(contrast('#868e96', white)).toBeCloseTo(3.32, 1);
  });

  it('puts white text on filled primary buttons at 4.5:1 or more in both schemes', () => {
    expect(contrast(white, teal[shade.light])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(white, teal[shade.dark])).toBeGreaterThanOrEqual(4.5);
  });

  it('puts light-variant text (badges, light buttons, alerts) on its tint at 4.5:1 in light', () => {
    const light = cssVariables(full).light;
    for (const name of Object.keys(full.colors)) {
      const text = light[`--mantine-color-${name}-light-color`];
      expect(light[`--mantine-color-${name}-text`]).toBe(text);
      const tint = mix(full.colors[name][9], lightTintAlpha, white);
      expect({ name, ratio: contrast(text, tint) >= 4.5 }).toEqual({ name, ratio: true });
      expect({ name, onWhite: contrast(text, white) >= 4.5 }).toEqual({ name, onWhite: true });
    }
    expect(Object.keys(warmText).every((c) => c in full.colors)).toBe(true);
  });

  it('makes dimmed text 4.5:1 on the surfaces of both schemes', () => {
    const vars = cssVariables(full);
    expect(vars.light['--mantine-color-dimmed']).toBe(dimmedLight);
    for (const bg of [white, full.colors.gray[0], full.colors.gray[1], mix(teal[9], lightTintAlpha, white)]) {
      expect(contrast(dimmedLight, bg)).toBeGreaterThanOrEqual(4.5);
    }
    expect(vars.dark['--mantine-color-dimmed']).toBe(dimmedDark);
    for (const bg of [darkBody, full.colors.dark[6], full.colors.dark[5]])
      expect(contrast(dimmedDark, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws focus rings at 3:1 against the page in both schemes (focus.css)', () => {
    expect(contrast(teal[9], white)).toBeGreaterThanOrEqual(3);
    expect(contrast(teal[9], full.colors.gray[0])).toBeGreaterThanOrEqual(3);
    for (const bg of [darkBody, full.colors.dark[6], full.colors.dark[5]]) {
      expect(contrast(teal[4], bg)).toBeGreaterThanOrEqual(3);
    }
  });
});
