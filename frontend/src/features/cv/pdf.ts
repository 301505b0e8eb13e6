/**
 * The CV's PDF rendered in the page with pdfjs-dist. pdf.js and its worker
 * are bundled (the worker through Vite's `?url`), loaded only when a PDF is
 * shown, and nothing is fetched from the network; script evaluation in the
 * PDF is off. pdf.js's standard fonts (for PDFs that name one of the 14
 * standard fonts without embedding it) and its CMaps (for CJK text in
 * predefined encodings) are bundled too: each file is one of the app's own
 * assets, fetched from it only when a PDF needs it.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';

// `no-inline`: a small file would otherwise become a data: URL, which the
// page's Content-Security-Policy (connect-src 'self') does not let fetch read.
const cmaps = import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});
const standardFonts = import.meta.glob<string>('../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

/** bundledAsset is the URL of a bundled pdf.js data file, by pdf.js's kind ("cMapUrl", "standardFontDataUrl") and file name. */
export function bundledAsset(kind: string, filename: string): string | undefined {
  const dir = kind === 'cMapUrl' ? cmaps : kind === 'standardFontDataUrl' ? standardFonts : null;
  if (!dir || filename.includes('/')) return undefined;
  for (const [path, url] of Object.entries(dir)) {
    if (path.endsWith(`/${filename}`)) return url;
  }
  return undefined;
}

const loaded: string[] = [];

/** loadedAssets names the bundled fonts and CMaps fetched so far (the end-to-end test reads them). */
export function loadedAssets(): readonly string[] {
  return loaded;
}

/**
 * BundledData is pdf.js's BinaryDataFactory over the bundled files: the
 * worker asks the page for a CMap or a standard font by name, and gets the
 * bytes of the app's own asset (nothing else is reachable).
 */
class BundledData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = bundledAsset(kind, filename);
    if (!url) throw new Error(`pdf.js asked for ${kind} ${filename}, which is not bundled`);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${filename}: ${res.status} ${res.statusText}`);
    const data = new Uint8Array(await res.arrayBuffer());
    if (!loaded.includes(filename)) loaded.push(filename);
    return data;
  }
}

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
    // fonts and CMaps from the bundle (BundledData), never the system's
    // fonts in their place: the page looks as it was made
    BinaryDataFactory: BundledData,
    useWorkerFetch: false,
    cMapPacked: true,
    useSystemFonts: false,
  });
  try {
    return await task.promise;
  } catch (err) {
    const e = (err ?? {}) as { name?: string; code?: number; message?: string };
    if (e.name === 'PasswordException') {
      throw e.code === 2
        ? new PdfError('wrong-password', 'That password does not open this PDF.')
        : new PdfError('password', 'This PDF is protected by a password: enter it to see the document.');
    }
    throw new PdfError('broken', `This PDF cannot be shown: ${e.message || 'it is damaged or not a PDF'}.`);
  }
}

/** renderPage draws page n (from 1) into canvas, width CSS pixels wide, and returns CSS pixels per point. */
export async function renderPage(
  doc: PDFDocumentProxy,
  n: number,
  canvas: HTMLCanvasElement,
  width: number,
): Promise<number> {
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
