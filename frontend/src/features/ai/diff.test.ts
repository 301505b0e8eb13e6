import { describe, expect, it } from 'vitest';
import { diffCounts, diffLines, maxDiffLines } from './diff';

describe('diffLines', () => {
  it('keeps equal lines and pairs an edited line as changed', () => {
    const rows = diffLines('Dear team,\nI apply.\nRegards', 'Dear team,\nI am applying.\nRegards');
    expect(rows).toEqual([
      { kind: 'same', left: 'Dear team,', right: 'Dear team,' },
      { kind: 'changed', left: 'I apply.', right: 'I am applying.' },
      { kind: 'same', left: 'Regards', right: 'Regards' },
    ]);
  });

  it('shows inserted and deleted lines on their own side', () => {
    const rows = diffLines('a\nb\nc', 'a\nx\nb');
    expect(rows.map((r) => r.kind)).toEqual(['same', 'added', 'same', 'removed']);
    expect(rows[1]).toEqual({ kind: 'added', left: '', right: 'x' });
    expect(rows[3]).toEqual({ kind: 'removed', left: 'c', right: '' });
  });

  it('handles empty texts and Windows line ends', () => {
    expect(diffLines('', '')).toEqual([]);
    expect(diffLines('', 'one')).toEqual([{ kind: 'added', left: '', right: 'one' }]);
    expect(diffLines('a\r\nb', 'a\nb').every((r) => r.kind === 'same')).toBe(true);
  });

  it('falls back to a positional comparison for huge texts', () => {
    const big = Array.from({ length: maxDiffLines + 5 }, (_, i) => `line ${i}`).join('\n');
    const edited = big.replace('line 7\n', 'line seven\n');
    const c = diffCounts(diffLines(big, edited));
    expect(c.changed).toBe(1);
    expect(c.same).toBe(maxDiffLines + 4);
  });
});
