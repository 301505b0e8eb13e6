/** Typed calls to service.Data: where the data lives, export, import and wipe. */
import * as bound from '../../wailsjs/go/service/Data';
import { call } from './backend';
import type { DataInfo, ImportReport } from './types';

/** info describes the data folder and database. */
export async function info(): Promise<DataInfo> {
  return (await call(() => bound.Info())) as DataInfo;
}

/** exportArchive asks where to save and writes a ZIP; it returns the path, or "" if the user cancelled. */
export async function exportArchive(): Promise<string> {
  return (await call(() => bound.Export())) ?? '';
}

/** importFile asks for a .zip or .csv and imports it. */
export async function importFile(): Promise<ImportReport> {
  return (await call(() => bound.Import())) as ImportReport;
}

/** wipe deletes every application, contact, task and note. */
export async function wipe(): Promise<void> {
  await call(() => bound.Wipe());
}
