import { describe, expect, it } from 'vitest';
import { bundledAsset } from './pdf';

describe('bundled pdf.js data', () => {
  it('has the standard fonts and the CMaps pdf.js asks for by name', () => {
    for (const [kind, name] of [
      ['standardFontDataUrl', 'LiberationSans-Regular.ttf'],
      ['standardFontDataUrl', 'FoxitSerifBoldItalic.pfb'],
      ['standardFontDataUrl', 'FoxitDingbats.pfb'],
      ['cMapUrl', 'UniGB-UCS2-H.bcmap'],
      ['cMapUrl', 'UniJIS-UTF16-H.bcmap'],
      ['cMapUrl', 'Adobe-Korea1-UCS2.bcmap'],
    ]) {
      const url = bundledAsset(kind, name);
      expect(url, `${kind} ${name}`).toBeTruthy();
      expect(url).not.toMatch(/^data:/);
      expect(url).toContain(name.replace(/\.[a-z]+$/, ''));
    }
  });

  it('gives nothing else: no other kinds, no paths, no unknown names', () => {
    expect(bundledAsset('wasmUrl', 'openjpeg.wasm')).toBeUndefined();
    expect(bundledAsset('cMapUrl', 'Nope-H.bcmap')).toBeUndefined();
    expect(bundledAsset('cMapUrl', '../standard_fonts/LiberationSans-Regular.ttf')).toBeUndefined();
    expect(bundledAsset('standardFontDataUrl', 'LICENSE_FOXIT')).toBeUndefined();
  });
});
