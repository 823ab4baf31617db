import { describe, expect, it } from 'vitest';
import { fileRefsOf, sizeText } from './file-upload';

describe('file fields', () => {
  it('keeps only file references from a raw input', () => {
    const ref = { id: 'a1', name: '执照.pdf', sizeBytes: 10, mime: 'application/pdf' };
    expect(fileRefsOf([ref, 'x', null, { id: 1 }])).toEqual([ref]);
    expect(fileRefsOf('not a list')).toEqual([]);
  });

  it('writes sizes as people read them', () => {
    expect(sizeText(512)).toBe('512 B');
    expect(sizeText(12_595)).toBe('12.3 KB');
    expect(sizeText(1_572_864)).toBe('1.5 MB');
  });
});
