import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeSignaturePng, MAX_SIGNATURE_HEIGHT } from './signature-image';

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(0x80);
  return PNG.sync.write(image);
}

describe('decodeSignaturePng', () => {
  it('decodes a real PNG and writes it again as a plain RGBA PNG of the same size', () => {
    const decoded = decodeSignaturePng(PNG_1X1);
    expect(decoded).toMatchObject({ ok: true, width: 1, height: 1 });
    if (!decoded.ok) return;
    const again = PNG.sync.read(decoded.png);
    expect([again.width, again.height, again.data.length]).toEqual([1, 1, 4]);
    expect(decodeSignaturePng(png(600, 180))).toMatchObject({ ok: true, width: 600, height: 180 });
  });

  it('refuses the magic bytes without an image, a truncated PNG and a broken checksum', () => {
    expect(decodeSignaturePng(Buffer.from('iVBORw0KGgo=', 'base64'))).toEqual({
      ok: false,
      problem: 'undecodable',
    });
    expect(decodeSignaturePng(PNG_1X1.subarray(0, 40))).toEqual({ ok: false, problem: 'undecodable' });
    const badCrc = Buffer.from(PNG_1X1);
    badCrc[40] = (badCrc[40] as number) ^ 0xff; // inside the IDAT data: its CRC no longer holds
    expect(decodeSignaturePng(badCrc)).toEqual({ ok: false, problem: 'undecodable' });
    expect(decodeSignaturePng(Buffer.from('GIF89a....'))).toEqual({ ok: false, problem: 'not-png' });
  });

  it('refuses a declared size beyond the limits before inflating anything', () => {
    // A tiny file declaring 100000 × 100000 pixels (a decompression bomb's header).
    const header = Buffer.from(png(1, 1));
    header.writeUInt32BE(100_000, 16);
    header.writeUInt32BE(100_000, 20);
    expect(decodeSignaturePng(header)).toEqual({ ok: false, problem: 'dimensions' });
    expect(decodeSignaturePng(png(10, MAX_SIGNATURE_HEIGHT + 1))).toEqual({
      ok: false,
      problem: 'dimensions',
    });
  });

  it('refuses more than 200 KiB', () => {
    const big = Buffer.concat([png(1, 1), Buffer.alloc(210 * 1024)]);
    expect(decodeSignaturePng(big)).toEqual({ ok: false, problem: 'too-large' });
  });
});
