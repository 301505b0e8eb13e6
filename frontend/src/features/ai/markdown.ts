/** Markdown of the AI screens' drafts. */

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
