// Reads what Chromium's PDF output draws, enough for tests: page sizes and the text of each text-showing operation.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

export interface PdfPage {
  /** Width and height in points (1/72 inch). */
  size: [number, number];
  /** The text of each Tj/TJ operation, in drawing order, decoded through the font's ToUnicode map. */
  texts: string[];
}

/** The pages of a PDF as Chromium (Skia) writes it: plain objects, Flate streams, Type0 fonts with ToUnicode maps. */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const s = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const m of s.matchAll(/(\d+) 0 obj\s*(<<[\s\S]*?>>)\s*(stream\r?\n|endobj)/g)) {
    const obj: PdfObject = { dict: m[2]! };
    if (m[3]!.startsWith('stream')) {
      const start = m.index! + m[0].length;
      const end = s.indexOf('endstream', start);
      const raw = pdf.subarray(start, end);
      obj.stream = /\/FlateDecode/.test(obj.dict) ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), obj);
  }
  const ref = (text: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(text)?.[1]);
  const maps = new Map<number, Map<string, string>>();
  const toUnicode = (fontRef: number) => {
    let map = maps.get(fontRef);
    if (map) return map;
    map = new Map();
    const cmap = objects.get(ref(objects.get(fontRef)?.dict ?? '', 'ToUnicode'))?.stream?.toString('latin1') ?? '';
    const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) for (const e of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(e[1]!.toUpperCase(), hex(e[2]!));
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const e of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const [lo, hi, dst] = [parseInt(e[1]!, 16), parseInt(e[2]!, 16), parseInt(e[3]!, 16)];
        for (let c = lo; c <= hi; c++) map.set(c.toString(16).toUpperCase().padStart(e[1]!.length, '0'), String.fromCodePoint(dst + c - lo));
      }
    }
    maps.set(fontRef, map);
    return map;
  };
  const pages: PdfPage[] = [];
  const kids = /\/Type \/Pages[\s\S]*?\/Kids \[([^\]]*)\]/.exec(s)?.[1] ?? '';
  for (const kid of kids.matchAll(/(\d+) 0 R/g)) {
    const page = objects.get(Number(kid[1]))!;
    const box = /\/MediaBox \[([^\]]*)\]/.exec(page.dict)![1]!.trim().split(/\s+/).map(Number);
    const fonts = new Map([.../\/Font <<([^>]*)>>/.exec(page.dict)?.[1]?.matchAll(/\/(\w+) (\d+) 0 R/g) ?? []].map((f) => [f[1]!, Number(f[2])]));
    const content = objects.get(ref(page.dict, 'Contents'))?.stream?.toString('latin1') ?? '';
    const texts: string[] = [];
    let font = '';
    for (const op of content.matchAll(/\/(\w+) [\d.]+ Tf|(<[0-9A-Fa-f]*>) Tj|\[((?:\s*(?:<[0-9A-Fa-f]*>|-?[\d.]+))*)\s*\] TJ/g)) {
      if (op[1]) font = op[1];
      else {
        const map = toUnicode(fonts.get(font) ?? -1);
        const hexes = (op[2] ?? op[3] ?? '').match(/<([0-9A-Fa-f]*)>/g) ?? [];
        texts.push(hexes.map((h) => (h.slice(1, -1).toUpperCase().match(/.{4}/g) ?? []).map((code) => map.get(code) ?? '\uFFFD').join('')).join(''));
      }
    }
    pages.push({ size: [box[2]! - box[0]!, box[3]! - box[1]!], texts });
  }
  return pages;
}
