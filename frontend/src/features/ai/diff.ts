/**
 * A line diff for comparing two versions of a draft: the longest common
 * subsequence of lines, as rows for a side-by-side view. Inputs past
 * maxDiffLines compare line by line at the same positions instead (the LCS
 * table is quadratic).
 */

/** One row of a side-by-side comparison. */
export interface DiffRow {
  kind: 'same' | 'removed' | 'added' | 'changed';
  /** The line in the older text ("" when none). */
  left: string;
  /** The line in the newer text ("" when none). */
  right: string;
}

/** Most lines on either side compared with a real diff. */
export const maxDiffLines = 2000;

const lines = (s: string): string[] => (s === '' ? [] : s.replace(/\r\n?/g, '\n').split('\n'));

/** diffLines compares older with newer, line by line. */
export function diffLines(older: string, newer: string): DiffRow[] {
  const a = lines(older);
  const b = lines(newer);
  if (a.length > maxDiffLines || b.length > maxDiffLines) return positional(a, b);
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the LCS of a[i:] and b[j:].
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const raw: DiffRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      raw.push({ kind: 'same', left: a[i++], right: b[j++] });
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      raw.push({ kind: 'added', left: '', right: b[j++] });
    } else {
      raw.push({ kind: 'removed', left: a[i++], right: '' });
    }
  }
  return pair(raw);
}

// pair turns a run of removed lines followed by added ones into changed rows.
function pair(rows: DiffRow[]): DiffRow[] {
  const out: DiffRow[] = [];
  for (let k = 0; k < rows.length;) {
    if (rows[k].kind === 'same') {
      out.push(rows[k++]);
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    while (k < rows.length && rows[k].kind !== 'same') {
      if (rows[k].kind === 'removed') removed.push(rows[k].left);
      else added.push(rows[k].right);
      k++;
    }
    for (let x = 0; x < Math.max(removed.length, added.length); x++) {
      const l = removed.at(x);
      const r = added.at(x);
      if (l !== undefined && r !== undefined) out.push({ kind: 'changed', left: l, right: r });
      else if (l !== undefined) out.push({ kind: 'removed', left: l, right: '' });
      else out.push({ kind: 'added', left: '', right: r ?? '' });
    }
  }
  return out;
}

function positional(a: string[], b: string[]): DiffRow[] {
  const out: DiffRow[] = [];
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const l = a.at(k);
    const r = b.at(k);
    if (l === r) out.push({ kind: 'same', left: l ?? '', right: r ?? '' });
    else if (l === undefined) out.push({ kind: 'added', left: '', right: r ?? '' });
    else if (r === undefined) out.push({ kind: 'removed', left: l, right: '' });
    else out.push({ kind: 'changed', left: l, right: r });
  }
  return out;
}

/** diffCounts sums a diff's rows by kind, for a one-line summary. */
export function diffCounts(rows: DiffRow[]): Record<DiffRow['kind'], number> {
  const c = { same: 0, removed: 0, added: 0, changed: 0 };
  for (const r of rows) c[r.kind]++;
  return c;
}
