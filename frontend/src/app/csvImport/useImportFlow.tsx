/**
 * useImportFlow is "Import ZIP or CSV…" wherever it is offered (Settings,
 * the first-run screen): the native dialog (or a dropped file), then a
 * Huntbook export is imported at once and a CSV file opens its preview.
 */
import { useState } from 'react';
import { csvImport, data } from '../../api';
import type { CSVImportResult, CSVPreview } from '../../api/csvImport';
import type { ImportReport } from '../../api/types';
import { applicationsChanged } from '../changes';
import { CSVImportDialog } from './CSVImportDialog';

/** How an import ended: a Huntbook export's report, or a CSV import's result. */
export type ImportDone = { kind: 'zip'; report: ImportReport } | { kind: 'csv'; result: CSVImportResult };

/**
 * The flow's start (which rejects with the error to show), whether the
 * file is being chosen or read, and the preview dialog to render.
 */
export function useImportFlow(onDone: (d: ImportDone) => void) {
  const [open, setOpen] = useState<{ path: string; initial: CSVPreview } | null>(null);
  const [busy, setBusy] = useState(false);

  const openPath = async (path: string) => {
    const first = await csvImport.preview(path, csvImport.detect);
    if (first.kind === 'zip') {
      const report = await data.importFromPath(path);
      applicationsChanged([]);
      onDone({ kind: 'zip', report });
      return;
    }
    setOpen({ path, initial: first });
  };
  const busyWhile = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  /** start asks for the file with the native dialog. */
  const start = () =>
    busyWhile(async () => {
      const path = await csvImport.chooseFile();
      if (path) await openPath(path);
    });
  /** startWith imports a file the user dropped on the window. */
  const startWith = (path: string) => busyWhile(() => openPath(path));

  const dialog = open ? (
    <CSVImportDialog
      key={open.path}
      path={open.path}
      initial={open.initial}
      onClose={() => setOpen(null)}
      onImported={(result) => {
        setOpen(null);
        applicationsChanged([]);
        onDone({ kind: 'csv', result });
      }}
    />
  ) : null;

  return { start, startWith, busy, dialog };
}

/** importable picks the first dropped file the import takes (.csv, .tsv, .txt or .zip). */
export function importable(paths: string[]): string | undefined {
  return paths.find((p) => /\.(csv|tsv|txt|zip)$/i.test(p));
}
