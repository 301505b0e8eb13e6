/** Small formatting helpers of the AI screens. */

/** when shows an RFC 3339 time as a short local date and time ("" stays ""). */
export function when(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * hardBreaks keeps the model's single line breaks (a letter's "Kind
 * regards,\nJane") when the text is rendered as Markdown, which would
 * otherwise join them; fenced code is left alone.
 */
export function hardBreaks(md: string): string {
  let fenced = false;
  return md
    .split('\n')
    .map((line, i, all) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      const next = all.at(i + 1);
      if (fenced || next === undefined || line.trim() === '' || next.trim() === '' || line.endsWith('  ')) return line;
      return `${line}  `;
    })
    .join('\n');
}

/** bytes shows a byte count for people (512 B, 3.4 kB, 1.2 MB). */
export function bytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} kB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
