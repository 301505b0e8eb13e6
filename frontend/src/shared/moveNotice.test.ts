import { afterEach, describe, expect, it } from 'vitest';
import { setFormatLocale } from './format';
import { bulkDateAppliedNotice, dateAppliedNotice, filledByMove } from './moveNotice';

describe('filledByMove', () => {
  const rows = [
    { company: 'Acme', stageId: 1, dateApplied: '' },
    { company: 'Globex', stageId: 1, dateApplied: '2026-11-02' },
    { company: 'Initech', stageId: 2, dateApplied: '' },
  ];
  it('names the wishlist applications without a date that leave the wishlist', () => {
    expect(filledByMove(rows, 1, 3)).toEqual(['Acme']);
  });
  it('names none for a move into the wishlist or without stages', () => {
    expect(filledByMove(rows, 1, 1)).toEqual([]);
    expect(filledByMove(rows, undefined, 3)).toEqual([]);
  });
});

afterEach(() => setFormatLocale(undefined));

describe('dateAppliedNotice', () => {
  it('shows the date as the locale writes it, not as ISO', () => {
    const move = { company: 'Acme', leftWishlist: true, dateApplied: '2026-12-07', today: '2026-12-07' };
    setFormatLocale('en-US');
    expect(dateAppliedNotice(move)?.message).toMatch(/^Acme left the wishlist, so its date applied is Dec 7, 2026\./);
    setFormatLocale('de-DE');
    expect(dateAppliedNotice(move)?.message).toContain('is 07.12.2026.');
    expect(dateAppliedNotice(move)?.message).not.toContain('2026-12-07');
  });
  it('says nothing for a move that did not fill the date', () => {
    expect(
      dateAppliedNotice({ company: 'A', leftWishlist: true, dateApplied: '2026-11-02', today: '2026-12-07' }),
    ).toBeNull();
    expect(
      dateAppliedNotice({ company: 'A', leftWishlist: false, dateApplied: '2026-12-07', today: '2026-12-07' }),
    ).toBeNull();
  });
});

describe('bulkDateAppliedNotice', () => {
  it('says nothing when no date was filled', () => {
    expect(bulkDateAppliedNotice([], '2026-12-07')).toBeNull();
  });
  it('uses the single-move notice for one application', () => {
    expect(bulkDateAppliedNotice(['Acme'], '2026-12-07')).toEqual(
      dateAppliedNotice({ company: 'Acme', leftWishlist: true, dateApplied: '2026-12-07', today: '2026-12-07' }),
    );
  });
  it('counts and names a few of many', () => {
    setFormatLocale('en-GB');
    const n = bulkDateAppliedNotice(['A', 'B', 'C', 'D', 'E'], '2026-12-07');
    expect(n?.message).toMatch(
      /^5 applications left the wishlist \(A, B, C and 2 more\), so their date applied is 7 Dec 2026/,
    );
  });
});
