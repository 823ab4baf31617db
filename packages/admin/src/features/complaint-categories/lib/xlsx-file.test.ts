import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fileToBase64 } from './xlsx-file';

describe('xlsx file transport', () => {
  it('encodes and decodes bytes, also beyond one chunk', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const base64 = bytesToBase64(bytes);
    expect(base64ToBytes(base64)).toEqual(bytes);
    expect(await fileToBase64(new Blob([bytes]))).toBe(base64);
    expect(bytesToBase64(new Uint8Array([80, 75, 3, 4]))).toBe('UEsDBA==');
  });
});
