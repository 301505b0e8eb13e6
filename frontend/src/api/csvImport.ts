/**
 * Typed calls for a CSV import with a preview (service.Data): choose the
 * file, see how it would be read, change the mapping, import the good rows,
 * save the skipped ones.
 */
import * as bound from '../../wailsjs/go/service/Data';
import { model } from '../../wailsjs/go/models';
import { call, orEmpty } from './backend';
import type { Assert, SameFields } from './read';

/** How a CSV file is read: the field of each column (by index), where each status goes, the date order. */
export interface CSVMapping {
  /** Field per column index, '' to ignore it; empty to detect. */
  columns: string[];
  statuses: CSVStatusChoice[];
  /** 'dmy', 'mdy' or '' (decided from the file). */
  dateOrder: string;
}

/** Where one status of the file goes: "stage:<name>", "outcome:<outcome>" or "new:<name>". */
export interface CSVStatusChoice {
  status: string;
  target: string;
}

export interface CSVColumn {
  index: number;
  header: string;
  field: string;
  samples: string[];
}

export interface CSVChoice {
  value: string;
  label: string;
}

export interface CSVStatus {
  status: string;
  count: number;
  target: string;
  reason: string;
}

export interface CSVRow {
  line: number;
  company: string;
  title: string;
  stage: string;
  outcome: string;
  dateApplied: string;
  location: string;
  url: string;
  contacts: string[];
}

export interface CSVSkippedRow {
  line: number;
  problems: string[];
  text: string;
}

/** What importing a file would do, nothing written yet. kind 'zip' is a Huntbook export: no preview. */
export interface CSVPreview {
  path: string;
  kind: string;
  encoding: string;
  delimiter: string;
  columns: CSVColumn[];
  fields: CSVChoice[];
  statuses: CSVStatus[];
  targets: CSVChoice[];
  dateOrder: string;
  dateReason: string;
  missing: string[];
  rows: CSVRow[];
  skipped: CSVSkippedRow[];
  total: number;
  good: number;
  bad: number;
  contacts: number;
  remembered: boolean;
  mapping: CSVMapping;
}

/** What a CSV import did. */
export interface CSVImportResult {
  path: string;
  applications: number;
  notes: number;
  contacts: number;
  stages: number;
  skipped: number;
}

export type CSVImportTypesMatchGo = [
  Assert<SameFields<model.CSVMapping, CSVMapping>>,
  Assert<SameFields<model.CSVStatusChoice, CSVStatusChoice>>,
  Assert<SameFields<model.CSVColumn, CSVColumn>>,
  Assert<SameFields<model.CSVChoice, CSVChoice>>,
  Assert<SameFields<model.CSVStatus, CSVStatus>>,
  Assert<SameFields<model.CSVRow, CSVRow>>,
  Assert<SameFields<model.CSVSkippedRow, CSVSkippedRow>>,
  Assert<SameFields<model.CSVPreview, CSVPreview>>,
  Assert<SameFields<model.CSVImportResult, CSVImportResult>>,
];

/** The mapping that means "detect everything" (or use the one remembered for these headers). */
export const detect: CSVMapping = { columns: [], statuses: [], dateOrder: '' };

function mappingOf(m: Partial<CSVMapping> | null | undefined): CSVMapping {
  return { columns: orEmpty(m?.columns), statuses: orEmpty(m?.statuses), dateOrder: m?.dateOrder ?? '' };
}

/** previewOf fills the lists Go sends as null (a ZIP's preview has none). */
export function previewOf(p: Partial<CSVPreview>): CSVPreview {
  return {
    path: p.path ?? '',
    kind: p.kind ?? '',
    encoding: p.encoding ?? '',
    delimiter: p.delimiter ?? '',
    columns: orEmpty(p.columns).map((c) => ({ ...c, samples: orEmpty(c.samples) })),
    fields: orEmpty(p.fields),
    statuses: orEmpty(p.statuses),
    targets: orEmpty(p.targets),
    dateOrder: p.dateOrder ?? '',
    dateReason: p.dateReason ?? '',
    missing: orEmpty(p.missing),
    rows: orEmpty(p.rows).map((r) => ({ ...r, contacts: orEmpty(r.contacts) })),
    skipped: orEmpty(p.skipped).map((s) => ({ ...s, problems: orEmpty(s.problems) })),
    total: p.total ?? 0,
    good: p.good ?? 0,
    bad: p.bad ?? 0,
    contacts: p.contacts ?? 0,
    remembered: p.remembered ?? false,
    mapping: mappingOf(p.mapping),
  };
}

/** chooseFile asks for a .zip or .csv with the native dialog; '' if the user cancelled. */
export async function chooseFile(): Promise<string> {
  return await call(() => bound.ChooseImportFile());
}

/** preview says how the file at path would be imported with mapping. */
export async function preview(path: string, mapping: CSVMapping): Promise<CSVPreview> {
  return previewOf(await call(() => bound.PreviewImport(path, model.CSVMapping.createFrom(mapping))));
}

/** importRows imports the good rows of the CSV file at path, read with mapping. */
export async function importRows(path: string, mapping: CSVMapping): Promise<CSVImportResult> {
  return await call(() => bound.ImportCSV(path, model.CSVMapping.createFrom(mapping)));
}

/** saveSkipped asks where to save the rows mapping cannot import, and saves them; '' if cancelled. */
export async function saveSkipped(path: string, mapping: CSVMapping): Promise<string> {
  return await call(() => bound.SaveSkippedRows(path, model.CSVMapping.createFrom(mapping)));
}
