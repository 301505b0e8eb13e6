/**
 * The original CV file beside its parsed fields: a PDF rendered page by page
 * to canvases (pdf.js, bundled); a Word, text or Markdown file as its text.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Loader, PasswordInput, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileText } from '@tabler/icons-react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useQuery } from '@tanstack/react-query';
import { profile } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { QueryState } from '../../shared/QueryState';
import { docxText } from './docx';
import { loadedAssets, maxPages, openPdf, PdfError, renderPage } from './pdf';
import { messageOf } from './messages';
import classes from './cv.module.css';

/** Largest text shown for a text CV (the rest is cut). */
const maxText = 200_000;

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'pdf'; doc: PDFDocumentProxy }
  | { kind: 'password'; data: Uint8Array; wrong: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'none'; fileName: string; reason: string };

/** A place to show: page from 1, the line's top-left in points when known, n changing on every request. */
export type Focus = { page: number; at?: { x: number; y: number }; n: number } | null;

/** DocumentViewer shows version versionId's file; focus scrolls to a place in a PDF and marks it. Memoised: typing corrections beside it does not render it again. */
export const DocumentViewer = memo(function DocumentViewer({ versionId, focus }: { versionId: number; focus: Focus }) {
  // The file is read once while shown (it does not change) and dropped from memory when it goes.
  const file = useQuery({
    queryKey: queryKeys.cv.file(versionId),
    queryFn: () => profile.versionFile(versionId),
    staleTime: Infinity,
    gcTime: 0,
  });
  return (
    <QueryState of={file} loading="Loading the document" errorTitle="The document cannot be shown">
      {() => (file.data ? <FileView file={file.data} focus={focus} /> : null)}
    </QueryState>
  );
});

/** FileView shows a file read: a PDF's pages, a text, or why there is no preview. */
function FileView({ file, focus }: { file: profile.CVFile; focus: Focus }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const fileName = file.fileName;

  useEffect(() => {
    let live = true;
    // Read through a function: the cleanup may have run during any await.
    const alive = () => live;
    let doc: PDFDocumentProxy | null = null;
    setState({ kind: 'loading' });
    const show = async (f: profile.CVFile) => {
      if (f.mediaType === 'application/pdf') {
        try {
          doc = await openPdf(f.data);
          if (alive()) setState({ kind: 'pdf', doc });
        } catch (err) {
          if (!alive()) return;
          if (err instanceof PdfError && err.kind !== 'broken')
            setState({ kind: 'password', data: f.data, wrong: false });
          else setState({ kind: 'error', message: messageOf(err) });
        }
      } else if (f.mediaType.startsWith('text/')) {
        const text = new TextDecoder('utf-8', { fatal: false }).decode(f.data);
        setState({ kind: 'text', text: text.length > maxText ? `${text.slice(0, maxText)}\n…` : text });
      } else if (f.mediaType.includes('wordprocessingml') || f.fileName.toLowerCase().endsWith('.docx')) {
        try {
          const text = await docxText(f.data);
          if (alive()) setState({ kind: 'text', text: text.length > maxText ? `${text.slice(0, maxText)}\n…` : text });
        } catch (err) {
          if (alive()) setState({ kind: 'none', fileName: f.fileName, reason: messageOf(err) });
        }
      } else {
        setState({ kind: 'none', fileName: f.fileName, reason: '' });
      }
    };
    show(file).catch((err: unknown) => alive() && setState({ kind: 'error', message: messageOf(err) }));
    return () => {
      live = false;
      void doc?.destroy();
    };
  }, [file]);

  switch (state.kind) {
    case 'loading':
      return (
        <Group justify="center" p="xl">
          <Loader aria-label="Loading the document" />
        </Group>
      );
    case 'error':
      return (
        <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title="The document cannot be shown">
          {state.message}
        </Alert>
      );
    case 'password':
      return (
        <PdfPassword
          wrong={state.wrong}
          onSubmit={async (pw) => {
            try {
              const doc = await openPdf(state.data, pw);
              setState({ kind: 'pdf', doc });
            } catch (err) {
              if (err instanceof PdfError && err.kind !== 'broken') setState({ ...state, wrong: true });
              else setState({ kind: 'error', message: messageOf(err) });
            }
          }}
        />
      );
    case 'text':
      return (
        <ScrollArea.Autosize mah="calc(100vh - 220px)" type="auto" aria-label={`Text of ${fileName}`}>
          <Text component="pre" size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {state.text}
          </Text>
        </ScrollArea.Autosize>
      );
    case 'none':
      return (
        <Alert color="gray" icon={<IconFileText aria-hidden />} title="No preview for this file">
          {state.reason
            ? `${state.fileName} cannot be previewed: ${state.reason}`
            : `Huntbook shows PDF, Word and text files here; ${state.fileName} is none of them.`}{' '}
          Its parsed fields are beside this panel.
        </Alert>
      );
    case 'pdf':
      return <PdfPages doc={state.doc} fileName={fileName} focus={focus} />;
  }
}

function PdfPassword({ wrong, onSubmit }: { wrong: boolean; onSubmit: (pw: string) => Promise<void> }) {
  const [pw, setPw] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSubmit(pw).finally(() => setBusy(false));
      }}
    >
      <Stack gap="xs">
        <Text size="sm">This PDF is protected by a password. Enter it to see the document (it is not stored).</Text>
        <PasswordInput
          label="PDF password"
          value={pw}
          onChange={(e) => setPw(e.currentTarget.value)}
          error={wrong ? 'That password does not open this PDF.' : undefined}
        />
        <Group>
          <Button type="submit" loading={busy}>
            Show the document
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PdfPages({ doc, fileName, focus }: { doc: PDFDocumentProxy; fileName: string; focus: Focus }) {
  const box = useRef<HTMLDivElement>(null);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const marker = useRef<HTMLDivElement>(null);
  const [scales, setScales] = useState<number[]>([]);
  const [error, setError] = useState('');
  const [rendered, setRendered] = useState(0);
  const pages = Math.min(doc.numPages, maxPages);

  useEffect(() => {
    let live = true;
    // Read through a function: the cleanup may have run during any await.
    const alive = () => live;
    const width = Math.max(280, Math.min(900, (box.current?.clientWidth ?? 0) - 16 || 520));
    (async () => {
      for (let n = 1; n <= pages && alive(); n++) {
        const c = canvases.current[n - 1];
        if (!c) continue;
        const scale = await renderPage(doc, n, c, width);
        if (!alive()) break;
        setScales((s) => {
          const next = [...s];
          next[n - 1] = scale;
          return next;
        });
        setRendered(n);
      }
    })().catch((err: unknown) => alive() && setError(`Page rendering stopped: ${messageOf(err)}`));
    return () => {
      live = false;
    };
  }, [doc, pages]);

  // Scroll to the requested place: the marked line, else the top of its page.
  const focusPage = focus?.page ?? 0;
  const focusScale = scales[focusPage - 1] ?? 0;
  useEffect(() => {
    if (!focus || focus.page < 1 || focus.page > pages) return;
    const target = marker.current ?? canvases.current[focus.page - 1];
    target?.scrollIntoView({ block: marker.current ? 'center' : 'start', behavior: 'smooth' });
  }, [focus, pages, focusScale]);

  return (
    <ScrollArea.Autosize mah="calc(100vh - 220px)" type="auto" viewportRef={box}>
      <Stack
        gap="sm"
        align="center"
        data-pages-rendered={rendered}
        data-pdf-assets={loadedAssets().join(' ')}
        data-testid="cv-pdf"
      >
        {error ? (
          <Alert color="red" role="alert" w="100%">
            {error}
          </Alert>
        ) : null}
        {Array.from({ length: pages }, (_, i) => (
          <div key={i} style={{ position: 'relative', maxWidth: '100%' }}>
            <canvas
              ref={(el) => {
                canvases.current[i] = el;
              }}
              role="img"
              aria-label={`Page ${i + 1} of ${doc.numPages} of ${fileName}`}
              style={{
                display: 'block',
                boxShadow: '0 0 0 1px var(--mantine-color-default-border)',
                background: 'white',
                maxWidth: '100%',
              }}
            />
            {focus?.at && focus.page === i + 1 && scales[i] ? (
              <div
                ref={marker}
                className={classes.marker}
                data-testid="cv-marker"
                aria-hidden
                style={{
                  left: Math.max(0, focus.at.x * scales[i] - 4),
                  top: Math.max(0, focus.at.y * scales[i] - 3),
                  height: 16 * scales[i],
                }}
              />
            ) : null}
          </div>
        ))}
        {doc.numPages > pages ? (
          <Text size="sm" c="dimmed">
            The first {pages} of {doc.numPages} pages are shown.
          </Text>
        ) : null}
      </Stack>
    </ScrollArea.Autosize>
  );
}
