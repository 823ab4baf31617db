/** Reads which characters a PDF's text draws (for tests of what the agreement PDF contains). */
import { inflateSync } from 'node:zlib';

/**
 * The characters a PDF's embedded fonts can show: pdfkit subsets each font to the glyphs drawn and
 * writes a ToUnicode CMap for them, so a character is in this set only if some text drew it.
 */
export function drawnCharacters(pdf: Buffer): Set<string> {
  const out = new Set<string>();
  const latin = pdf.toString('latin1');
  for (const m of latin.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = latin.indexOf('endstream', start);
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    if (!body.includes('begincmap')) continue;
    // `<0000> <00a3> [<0000> <7535> …]`: every hex string after the code space names UTF-16 text.
    const mappings = body.slice(body.indexOf('endcodespacerange'));
    for (const hex of mappings.matchAll(/<([0-9a-fA-F]{4,})>/g)) {
      const units = (hex[1] ?? '').match(/.{4}/g) ?? [];
      out.add(String.fromCharCode(...units.map((u) => parseInt(u, 16))));
    }
  }
  return out;
}
