/** Typed calls to service.Data: where the data lives, export, import and wipe. */
import * as bound from '../../wailsjs/go/service/Data';
import { call, orEmpty } from './backend';
import type { BackupInfo, DataInfo, ExportReport, FoundSetting, ImportReport } from './types';

/** info describes the data folder and database. */
export async function info(): Promise<DataInfo> {
  return await call(() => bound.Info());
}

function exportReport(r: Partial<ExportReport> | null | undefined): ExportReport {
  return {
    path: r?.path ?? '',
    applications: r?.applications ?? 0,
    notes: r?.notes ?? 0,
    contacts: r?.contacts ?? 0,
    tasks: r?.tasks ?? 0,
    unreadable: r?.unreadable ?? [],
  };
}

/** exportArchive asks where to save and writes a ZIP; the report's path is '' if the user cancelled. */
export async function exportArchive(): Promise<ExportReport> {
  return exportReport(await call(() => bound.Export()));
}

/** importReport fills the settings found, which Go sends as null when there are none. */
function importReport(r: ImportReport): ImportReport {
  return { ...r, settings: orEmpty(r.settings) };
}

/** importFile asks for a .zip or .csv and imports it. */
export async function importFile(): Promise<ImportReport> {
  return importReport(await call(() => bound.Import()));
}

/** exportTo writes the ZIP export to path (one the user chose or dropped) without a dialog. */
export async function exportTo(path: string): Promise<ExportReport> {
  return exportReport(await call(() => bound.ExportTo(path)));
}

/** importFromPath imports a .zip or .csv from path without a dialog. */
export async function importFromPath(path: string): Promise<ImportReport> {
  return importReport(await call(() => bound.ImportFile(path)));
}

/** applyImportedSettings applies the ticked settings (by id) of the import whose report carried token. */
export async function applyImportedSettings(token: string, ids: string[]): Promise<FoundSetting[]> {
  return orEmpty(await call(() => bound.ApplyImportedSettings(token, ids)));
}

/** backupNow copies the database into the backups folder at once. */
export async function backupNow(): Promise<BackupInfo> {
  return backup(await call(() => bound.BackupNow()));
}

/** restoreBackup replaces the database with the backup at path. */
export async function restoreBackup(path: string): Promise<void> {
  await call(() => bound.RestoreBackup(path));
}

function backup(b: { path: string; name: string; bytes: number; createdAt: unknown }): BackupInfo {
  return { path: b.path, name: b.name, bytes: b.bytes, createdAt: typeof b.createdAt === 'string' ? b.createdAt : '' };
}

/** backups lists the automatic database backups. */
export async function backups(): Promise<BackupInfo[]> {
  const r = await call(() => bound.Backups());
  return orEmpty(r).map(backup);
}

/** wipe deletes every application, contact, task and note. */
export async function wipe(): Promise<void> {
  await call(() => bound.Wipe());
}

/** saveText asks where to save exported text and writes it; '' if cancelled. */
export async function saveText(defaultName: string, text: string): Promise<string> {
  return await call(() => bound.SaveText(defaultName, text));
}
