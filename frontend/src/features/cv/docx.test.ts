/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docxText, maxXMLBytes, paragraphs, zipEntry } from './docx';

// makeZip builds a real zip (local headers, central directory, end record) the way Word writes one.
function makeZip(files: { name: string; body: string; store?: boolean }[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const raw = enc.encode(f.body);
    const data = f.store ? raw : new Uint8Array(deflateRawSync(raw));
    const name = enc.encode(f.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(8, f.store ? 0 : 8, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, raw.length, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(10, f.store ? 0 : 8, true);
    cd.setUint32(20, data.length, true);
    cd.setUint32(24, raw.length, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, data);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

const documentXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:body>
    <w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p>
    <w:p><w:r><w:t xml:space="preserve">Engineer </w:t></w:r><w:r><w:t>at Acme</w:t></w:r><w:r><w:tab/><w:t>2020 – now</w:t></w:r></w:p>
    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Go</w:t><w:br/><w:t>SQL</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
  </w:body>
</w:document>`;

describe('docx preview text', () => {
  it('reads the paragraphs of a deflated document.xml, tables and breaks included', async () => {
    const zip = makeZip([
      { name: '[Content_Types].xml', body: '<Types/>' },
      { name: 'word/document.xml', body: documentXML },
    ]);
    expect(await docxText(zip)).toBe('Jane Doe\nEngineer at Acme\t2020 – now\nGo\nSQL');
  });

  it('reads a stored entry and refuses a zip without a document', async () => {
    expect(
      zipEntry(makeZip([{ name: 'word/document.xml', body: 'x', store: true }]), 'word/document.xml')?.method,
    ).toBe(0);
    await expect(docxText(makeZip([{ name: 'other.xml', body: '<a/>' }]))).rejects.toThrow('no readable document');
    await expect(docxText(new TextEncoder().encode('not a zip at all'))).rejects.toThrow('no readable document');
  });

  it('says when the XML is broken', () => {
    expect(() => paragraphs('<w:document')).toThrow('not well-formed');
  });
});

// billionLaughs nests entities that expand to 10^9 "lol"s in a parser that expands them.
function billionLaughs(): string {
  let dtd = '<!ENTITY lol0 "lol">';
  for (let i = 1; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE w:document [${dtd}]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
}

describe('docx preview of hostile XML', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses a billion-laughs document.xml without handing it to DOMParser', async () => {
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    const zip = makeZip([{ name: 'word/document.xml', body: billionLaughs() }]);
    await expect(docxText(zip)).rejects.toThrow('XML declarations');
    expect(() => paragraphs('<!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>')).toThrow('XML declarations');
    expect(parse).not.toHaveBeenCalled();
  });

  it('still reads a document with a comment and CDATA, and refuses oversized XML before parsing', () => {
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    const doc = `<!-- Word --><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t><![CDATA[A & B]]></w:t></w:r></w:p></w:body></w:document>`;
    expect(paragraphs(doc)).toBe('A & B');
    parse.mockClear();
    expect(() => paragraphs('<x>' + ' '.repeat(maxXMLBytes) + '</x>')).toThrow('too large');
    expect(parse).not.toHaveBeenCalled();
  });
});

// A Word CV from the shared corpus (HUNTBOOK_CORPUS or ../shared/corpus); the test fails when it is absent.
const corpusDir = process.env.HUNTBOOK_CORPUS || resolve(process.cwd(), '..', '..', 'shared', 'corpus');
const corpusDocx = resolve(corpusDir, 'cv', 'src', 'soupboss_word_01-Accountant.docx');

describe('docx preview of a real Word CV', () => {
  it('reads its text in order', async () => {
    if (!existsSync(corpusDocx)) {
      throw new Error(
        `missing test input: ${corpusDocx} (set HUNTBOOK_CORPUS or place the shared corpus at ../shared/corpus)`,
      );
    }
    const text = await docxText(new Uint8Array(readFileSync(corpusDocx)));
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/<w:|xmlns/);
    console.log(`corpus docx: ${lines.length} lines; first: ${JSON.stringify(lines.slice(0, 3))}`);
  });
});
