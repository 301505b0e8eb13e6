/**
 * Typed calls for a CSV import with a preview (service.Data): choose the
 * file, see how it would be read, change the mapping, import the good rows,
 * save the skipped ones.
 */
import { call, goStruct } from './backend';
import type { CSVImportResult, CSVMapping, CSVPreview } from './generated';

export type {
  CSVChoice,
  CSVColumn,
  CSVImportResult,
  CSVMapping,
  CSVPreview,
  CSVRow,
  CSVSkippedRow,
  CSVStatus,
  CSVStatusChoice,
} from './generated';

const bound = goStruct('service', 'Data');

/** The mapping that means "detect everything" (or use the one remembered for these headers). */
export const detect: CSVMapping = { columns: [], statuses: [], dateOrder: '' };

/** chooseFile asks for a .zip or .csv with the native dialog; '' if the user cancelled. */
export async function chooseFile(): Promise<string> {
  return call(() => bound.ChooseImportFile());
}

/** preview says how the file at path would be imported with mapping. */
export async function preview(path: string, mapping: CSVMapping): Promise<CSVPreview> {
  return call(() => bound.PreviewImport(path, mapping));
}

/** importRows imports the good rows of the CSV file at path, read with mapping. */
export async function importRows(path: string, mapping: CSVMapping): Promise<CSVImportResult> {
  return call(() => bound.ImportCSV(path, mapping));
}

/** saveSkipped asks where to save the rows mapping cannot import, and saves them; '' if cancelled. */
export async function saveSkipped(path: string, mapping: CSVMapping): Promise<string> {
  return call(() => bound.SaveSkippedRows(path, mapping));
}
