/** Typed calls to service.Data: where the data lives, export, import and wipe. */
import { call, goStruct } from './backend';
import type { About, BackupInfo, DataInfo, ExportReport, FoundSetting, ImportReport } from './types';

const bound = goStruct('service', 'Data');

/** info describes the data folder and database. */
export async function info(): Promise<DataInfo> {
  return call(() => bound.Info());
}

/** about says which build is running and where releases are published (shown, never fetched). */
export async function about(): Promise<About> {
  return call(() => bound.About());
}

/** exportArchive asks where to save and writes a ZIP; the report's path is '' if the user cancelled. */
export async function exportArchive(): Promise<ExportReport> {
  return call(() => bound.Export());
}

/** importFile asks for a .zip or .csv and imports it. */
export async function importFile(): Promise<ImportReport> {
  return call(() => bound.Import());
}

/** exportTo writes the ZIP export to path (one the user chose or dropped) without a dialog. */
export async function exportTo(path: string): Promise<ExportReport> {
  return call(() => bound.ExportTo(path));
}

/** importFromPath imports a .zip or .csv from path without a dialog. */
export async function importFromPath(path: string): Promise<ImportReport> {
  return call(() => bound.ImportFile(path));
}

/** applyImportedSettings applies the ticked settings (by id) of the import whose report carried token. */
export async function applyImportedSettings(token: string, ids: string[]): Promise<FoundSetting[]> {
  return call(() => bound.ApplyImportedSettings(token, ids));
}

/** backupNow copies the database into the backups folder at once. */
export async function backupNow(): Promise<BackupInfo> {
  return call(() => bound.BackupNow());
}

/** restoreBackup replaces the database with the backup at path. */
export async function restoreBackup(path: string): Promise<void> {
  await call(() => bound.RestoreBackup(path));
}

/** backups lists the automatic database backups. */
export async function backups(): Promise<BackupInfo[]> {
  return call(() => bound.Backups());
}

/** wipe deletes every application, contact, task and note. */
export async function wipe(): Promise<void> {
  await call(() => bound.Wipe());
}

/** saveText asks where to save exported text and writes it; '' if cancelled. */
export async function saveText(defaultName: string, text: string): Promise<string> {
  return call(() => bound.SaveText(defaultName, text));
}
