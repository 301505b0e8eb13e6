/**
 * useImportFlow is "Import ZIP or CSV…" wherever it is offered (Settings,
 * the first-run screen): the native dialog, then a Huntbook export is
 * imported at once and a CSV file opens its preview.
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

  const start = async (): Promise<void> => {
    setBusy(true);
    try {
      const path = await csvImport.chooseFile();
      if (!path) return;
      const first = await csvImport.preview(path, csvImport.detect);
      if (first.kind === 'zip') {
        const report = await data.importFromPath(path);
        applicationsChanged([]);
        onDone({ kind: 'zip', report });
        return;
      }
      setOpen({ path, initial: first });
    } finally {
      setBusy(false);
    }
  };

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

  return { start, busy, dialog };
}
