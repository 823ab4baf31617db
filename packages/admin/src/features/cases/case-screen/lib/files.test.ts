import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, kilobytes } from './files';

describe('files', () => {
  it('round-trips bytes through base64, exactly as Node encodes them', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const b64 = bytesToBase64(bytes);
    expect(b64).toBe(Buffer.from(bytes).toString('base64'));
    expect(Array.from(base64ToBytes(b64))).toEqual(Array.from(bytes));
    expect(bytesToBase64(new TextEncoder().encode('投诉材料'))).toBe(
      Buffer.from('投诉材料').toString('base64'),
    );
  });

  it('tells sizes in whole kilobytes, never zero', () => {
    expect(kilobytes(10)).toBe(1);
    expect(kilobytes(2048)).toBe(2);
    expect(kilobytes(5 * 1024 * 1024)).toBe(5120);
  });
});
