/** What an export or an import of the user's data did, in words (Settings, the palette, the first run). */
import type { ExportReport, ImportReport } from '../api';
import { count } from './count';

/** exportNotice is the notification for a finished export: where it went, and what a damaged database left out. */
export function exportNotice(r: ExportReport): { color: string; title: string; message: string } {
  if (r.unreadable.length) {
    const they = r.unreadable.length === 1 ? 'it is' : 'they are';
    return {
      color: 'orange',
      title: 'Exported what could be read',
      message: `${r.path}: the database is damaged and ${r.unreadable.join(', ')} could not be read, so ${they} not in the file.`,
    };
  }
  return { color: 'teal', title: 'Data exported', message: r.path };
}

/** importSummary says what an import brought in, in one sentence. */
export function importSummary(r: ImportReport): string {
  const parts = [count(r.applications, 'application', 'applications')];
  if (r.notes) parts.push(count(r.notes, 'note', 'notes'));
  if (r.contacts) parts.push(count(r.contacts, 'contact', 'contacts'));
  if (r.tasks) parts.push(count(r.tasks, 'task', 'tasks'));
  if (r.stages) parts.push(count(r.stages, 'new stage', 'new stages'));
  if (r.other) parts.push(count(r.other, 'other record', 'other records'));
  const last = parts.pop();
  const list = parts.length ? `${parts.join(', ')} and ${last}` : last;
  const skipped = r.skipped ? ` ${count(r.skipped, 'record was', 'records were')} already there.` : '';
  const found = r.settings.length
    ? ` ${count(r.settings.length, 'setting was', 'settings were')} found in the file and not applied.`
    : '';
  return `Imported ${list} from the ${r.kind === 'csv' ? 'CSV file' : 'Huntbook export'}.${skipped}${found}`;
}
