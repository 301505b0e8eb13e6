/**
 * The text of a Word (.docx) file for the in-page preview: its
 * word/document.xml is found in the zip, inflated with the browser's
 * DecompressionStream, and its paragraphs joined as lines. Sizes are
 * bounded (the backend has already accepted the file as a CV), and XML
 * that declares a DTD or entities is refused before it reaches DOMParser:
 * WebKit's parser expands internal entities, so a "billion laughs"
 * document.xml would pin the page at 100% CPU. Word never writes one.
 */

/** Largest document.xml inflated for a preview. */
export const maxXMLBytes = 32 << 20;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

/** zipEntry returns the compressed bytes and method of the named entry, or null. */
export function zipEntry(zip: Uint8Array, name: string): { method: number; data: Uint8Array; size: number } | null {
  // End of central directory: within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (u32(zip, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(zip, eocd + 10);
  let p = u32(zip, eocd + 16);
  const want = new TextEncoder().encode(name);
  for (let n = 0; n < count && p + 46 <= zip.length; n++) {
    if (u32(zip, p) !== 0x02014b50) return null;
    const method = u16(zip, p + 10);
    const compSize = u32(zip, p + 20);
    const size = u32(zip, p + 24);
    const nameLen = u16(zip, p + 28);
    const skip = nameLen + u16(zip, p + 30) + u16(zip, p + 32);
    const local = u32(zip, p + 42);
    const entryName = zip.subarray(p + 46, p + 46 + nameLen);
    if (entryName.length === want.length && entryName.every((c, i) => c === want[i])) {
      if (local + 30 > zip.length || u32(zip, local) !== 0x04034b50) return null;
      const start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
      if (start + compSize > zip.length) return null;
      return { method, data: zip.subarray(start, start + compSize), size };
    }
    p += 46 + skip;
  }
  return null;
}

async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(data);
      c.close();
    },
  });
  const stream = source.pipeThrough(
    new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>,
  );
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error('the document is too large to preview');
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const part of parts) {
    out.set(part, o);
    o += part.length;
  }
  return out;
}

/**
 * hasDeclaration tells whether XML holds a markup declaration (<!DOCTYPE,
 * <!ENTITY, <!ELEMENT...): any "<!" that opens neither a comment nor CDATA.
 */
export function hasDeclaration(xml: string): boolean {
  return /<!(?!--|\[CDATA\[)/.test(xml);
}

/** paragraphs turns WordprocessingML into lines of text: one per paragraph, tabs and breaks kept. */
export function paragraphs(xml: string): string {
  if (xml.length > maxXMLBytes) throw new Error('the document is too large to preview');
  if (hasDeclaration(xml))
    throw new Error(
      'its text carries XML declarations (a DOCTYPE or entities) that Word never writes, so it is not shown',
    );
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('its text is not well-formed XML');
  const lines: string[] = [];
  for (const p of Array.from(doc.getElementsByTagNameNS(W, 'p'))) {
    let line = '';
    const walk = (n: Element) => {
      for (const c of Array.from(n.children)) {
        if (c.namespaceURI === W && c.localName === 't') line += c.textContent;
        else if (c.namespaceURI === W && c.localName === 'tab') line += '\t';
        else if (c.namespaceURI === W && (c.localName === 'br' || c.localName === 'cr')) line += '\n';
        else if (!(c.namespaceURI === W && c.localName === 'p')) walk(c);
      }
    };
    walk(p);
    lines.push(line);
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** docxText extracts the text of a .docx file. */
export async function docxText(file: Uint8Array): Promise<string> {
  const e = zipEntry(file, 'word/document.xml');
  if (!e) throw new Error('this Word file has no readable document inside');
  if (e.size > maxXMLBytes) throw new Error('the document is too large to preview');
  const xml = e.method === 0 ? e.data : e.method === 8 ? await inflate(e.data, maxXMLBytes) : null;
  if (!xml) throw new Error('this Word file is compressed in a way the preview does not read');
  return paragraphs(new TextDecoder('utf-8').decode(xml));
}
