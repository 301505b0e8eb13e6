import { describe, expect, it } from 'vitest';
import { contrast, pageBackground, signalPalette, stageTone, tonePalette, type Tone } from './stageTone';

describe('stageTone', () => {
  it('reads the meaning from the default stages and from renamed ones', () => {
    expect(stageTone('Wishlist')).toBe('wishlist');
    expect(stageTone('Applied')).toBe('applied');
    expect(stageTone('Screening')).toBe('screening');
    expect(stageTone('Phone screen')).toBe('screening');
    expect(stageTone('Interviewing')).toBe('interview');
    expect(stageTone('Final round')).toBe('interview');
    expect(stageTone('Technical interview')).toBe('interview');
    expect(stageTone('Offer')).toBe('offer');
    expect(stageTone('Offer received')).toBe('offer');
    expect(stageTone('Thinking about it')).toBe('other');
    expect(stageTone('')).toBe('other');
  });

  it('lets the outcome win: accepted stands out, every other closed outcome is muted', () => {
    expect(stageTone('Offer', 'accepted')).toBe('won');
    for (const o of ['rejected', 'withdrawn', 'ghosted', 'expired'] as const) {
      expect(stageTone('Interviewing', o)).toBe('closed');
      expect(stageTone('Offer', o)).toBe('closed');
    }
  });
});

describe('tonePalette', () => {
  const tones = Object.keys(tonePalette) as Tone[];
  it.each(tones)('%s meets WCAG AA in both schemes', (tone) => {
    for (const scheme of ['light', 'dark'] as const) {
      const c = tonePalette[tone][scheme];
      expect(contrast(c.fg, c.bg), `${tone} ${scheme} text on badge`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(['interview', 'overdue', 'due'] as const)('the %s signal badge meets WCAG AA in both schemes', (kind) => {
    for (const scheme of ['light', 'dark'] as const) {
      const c = signalPalette[kind][scheme];
      expect(contrast(c.fg, c.bg), `${kind} ${scheme}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('makes Offer and Interviewing stand out from the page more than the early stages', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = pageBackground[scheme];
      const strong = Math.min(
        contrast(tonePalette.offer[scheme].bg, page),
        contrast(tonePalette.interview[scheme].bg, page),
      );
      for (const t of ['wishlist', 'applied', 'screening', 'closed'] as const) {
        expect(strong, `${scheme}: ${t}`).toBeGreaterThan(contrast(tonePalette[t][scheme].bg, page));
      }
    }
  });

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
