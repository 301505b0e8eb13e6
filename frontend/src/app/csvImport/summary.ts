/** Sentences about a CSV import: what the preview found, what the import did. */
import type { CSVImportResult, CSVPreview } from '../../api/csvImport';
import { count } from '../../shared/count';

const outcomes: Record<string, string> = {
  rejected: 'rejected',
  ghosted: 'no answer',
  withdrawn: 'withdrawn',
  accepted: 'accepted',
  expired: 'expired',
};

/** outcomeWord names a closed application's outcome for a badge. */
export function outcomeWord(outcome: string): string {
  return outcomes[outcome] ?? outcome;
}

/** previewSummary says in one sentence what the import would do. */
export function previewSummary(p: CSVPreview): string {
  const file = `${count(p.total, 'row')} (${p.encoding}, ${p.delimiter}-separated).`;
  if (p.missing.length) return `${file} Choose the column that holds ${p.missing.join(' and ')}.`;
  if (p.good === 0) return `${file} None can be imported: each skipped row says why.`;
  const contacts = p.contacts ? ` with ${count(p.contacts, 'contact')}` : '';
  const skipped = p.bad ? `, ${count(p.bad, 'row')} with problems will be skipped` : '';
  return `${file} ${count(p.good, 'application')} will be imported${contacts}${skipped}.`;
}

/** resultSummary says in one sentence what a CSV import did. */
export function resultSummary(r: CSVImportResult): string {
  const parts = [count(r.applications, 'application')];
  if (r.contacts) parts.push(count(r.contacts, 'contact'));
  if (r.notes) parts.push(count(r.notes, 'note'));
  if (r.stages) parts.push(count(r.stages, 'new stage'));
  const last = parts.pop() ?? '';
  const list = parts.length ? `${parts.join(', ')} and ${last}` : last;
  const skipped = r.skipped ? ` ${count(r.skipped, 'row was', 'rows were')} skipped.` : '';
  return `Imported ${list} from the CSV file.${skipped}`;
}
