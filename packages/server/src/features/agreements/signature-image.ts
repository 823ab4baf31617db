/**
 * A drawn signature is a PNG from the customer's browser, untrusted until decoded. Eight magic bytes
 * prove nothing (`iVBORw0KGgo=` is the magic and no image): the PNG is decoded in full (pngjs: chunk
 * CRCs, zlib stream, filters) with its declared size checked first, so a small file that inflates to a
 * huge bitmap is refused before any memory is spent on it. What the PDF embeds is the decoded bitmap
 * written again as a plain 8-bit RGBA PNG, so the renderer never meets an unusual encoding.
 */
import { PNG } from 'pngjs';

export const MAX_SIGNATURE_PNG_BYTES = 200 * 1024;
/** A signature pad is at most a screen wide (× device pixel ratio) and a few hundred pixels high. */
export const MAX_SIGNATURE_WIDTH = 5000;
export const MAX_SIGNATURE_HEIGHT = 2000;
export const MAX_SIGNATURE_PIXELS = 6_000_000;

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export type SignatureImageProblem = 'not-png' | 'too-large' | 'dimensions' | 'undecodable';

export type DecodedSignature =
  { ok: true; png: Buffer; width: number; height: number } | { ok: false; problem: SignatureImageProblem };

/** Decodes and re-encodes a drawn signature, or says why it is not a usable PNG. */
export function decodeSignaturePng(data: Buffer): DecodedSignature {
  if (data.length < PNG_MAGIC.length || !data.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC))
    return { ok: false, problem: 'not-png' };
  if (data.length > MAX_SIGNATURE_PNG_BYTES) return { ok: false, problem: 'too-large' };
  // The first chunk of a PNG is IHDR (length 13): width and height before anything is inflated.
  if (data.length < 33 || data.readUInt32BE(8) !== 13 || data.toString('latin1', 12, 16) !== 'IHDR')
    return { ok: false, problem: 'undecodable' };
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  if (
    width < 1 ||
    height < 1 ||
    width > MAX_SIGNATURE_WIDTH ||
    height > MAX_SIGNATURE_HEIGHT ||
    width * height > MAX_SIGNATURE_PIXELS
  )
    return { ok: false, problem: 'dimensions' };
  let decoded: PNG;
  try {
    decoded = PNG.sync.read(data);
  } catch {
    return { ok: false, problem: 'undecodable' };
  }
  if (decoded.width !== width || decoded.height !== height || decoded.data.length !== width * height * 4)
    return { ok: false, problem: 'undecodable' };
  const clean = new PNG({ width, height });
  decoded.data.copy(clean.data);
  return { ok: true, png: PNG.sync.write(clean), width, height };
}
