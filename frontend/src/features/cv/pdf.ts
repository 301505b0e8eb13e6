/**
 * The CV's PDF rendered in the page with pdfjs-dist. pdf.js and its worker
 * are bundled (the worker through Vite's `?url`), loaded only when a PDF is
 * shown, and nothing is fetched from the network; script evaluation in the
 * PDF is off.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';

/** Most pages rendered for one CV; a longer file shows its first pages only. */
export const maxPages = 30;

/** Why a PDF could not be shown: a password is needed (or was wrong), or it is unreadable. */
export class PdfError extends Error {
  readonly kind: 'password' | 'wrong-password' | 'broken';
  constructor(kind: PdfError['kind'], message: string) {
    super(message);
    this.name = 'PdfError';
    this.kind = kind;
  }
}

let lib: Promise<typeof import('pdfjs-dist')> | null = null;

function pdfjs() {
  lib ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([m, worker]) => {
    m.GlobalWorkerOptions.workerSrc = worker.default;
    return m;
  });
  return lib;
}

/** openPdf parses PDF bytes (copied: pdf.js takes ownership of what it is given). */
export async function openPdf(data: Uint8Array, password = ''): Promise<PDFDocumentProxy> {
  const m = await pdfjs();
  const task = m.getDocument({
    data: data.slice(),
    password: password || undefined,
    isEvalSupported: false,
    enableXfa: false,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (err) {
    const e = err as { name?: string; code?: number; message?: string };
    if (e?.name === 'PasswordException') {
      throw e.code === 2
        ? new PdfError('wrong-password', 'That password does not open this PDF.')
        : new PdfError('password', 'This PDF is protected by a password: enter it to see the document.');
    }
    throw new PdfError('broken', `This PDF cannot be shown: ${e?.message || 'it is damaged or not a PDF'}.`);
  }
}

/** renderPage draws page n (from 1) into canvas, width CSS pixels wide, and returns CSS pixels per point. */
export async function renderPage(doc: PDFDocumentProxy, n: number, canvas: HTMLCanvasElement, width: number): Promise<number> {
  const page = await doc.getPage(n);
  const base = page.getViewport({ scale: 1 });
  const scale = width / base.width;
  const ratio = Math.min(window.devicePixelRatio || 1, 2);
  const viewport = page.getViewport({ scale: scale * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  await page.render({ canvas, viewport }).promise;
  page.cleanup();
  return Math.floor(viewport.width / ratio) / base.width;
}
