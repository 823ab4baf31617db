import { describe, expect, it } from 'vitest';
import { duplicateKeyIndexes, isDuplicateKeyError } from './app-error';

describe('isDuplicateKeyError', () => {
  it('knows a unique-index failure of one write and of a bulk write', () => {
    expect(isDuplicateKeyError({ code: 11000, message: 'E11000 duplicate key' })).toBe(true);
    expect(isDuplicateKeyError({ writeErrors: [{ code: 121 }, { code: 11000 }] })).toBe(true);
    // The driver's WriteError keeps the code on `err`; one failure may come as a single object.
    expect(isDuplicateKeyError({ writeErrors: [{ err: { code: 11000 } }] })).toBe(true);
    expect(isDuplicateKeyError({ writeErrors: { code: 11000 } })).toBe(true);
  });

  it('is false for other failures and for things that are not errors', () => {
    expect(isDuplicateKeyError({ code: 112 })).toBe(false);
    expect(isDuplicateKeyError({ writeErrors: [{ code: 121 }] })).toBe(false);
    expect(isDuplicateKeyError({ writeErrors: 'E11000' })).toBe(false);
    expect(isDuplicateKeyError(new Error('E11000 duplicate key'))).toBe(false);
    expect(isDuplicateKeyError(null)).toBe(false);
    expect(isDuplicateKeyError(11000)).toBe(false);
  });
});

describe('duplicateKeyIndexes', () => {
  it('names the documents of an unordered insert refused as duplicates', () => {
    const err = {
      code: 11000,
      writeErrors: [
        { index: 1, code: 11000 },
        { index: 3, err: { code: 11000 } },
      ],
    };
    expect(duplicateKeyIndexes(err, 4)).toEqual([1, 3]);
    expect(duplicateKeyIndexes({ writeErrors: { index: 2, code: 11000 } }, 3)).toEqual([2]);
    expect(duplicateKeyIndexes({ code: 11000 }, 1)).toEqual([0]);
  });

  it('is null when any refusal is something else, or the failure is not a duplicate', () => {
    expect(
      duplicateKeyIndexes(
        {
          writeErrors: [
            { index: 0, code: 11000 },
            { index: 1, code: 121 },
          ],
        },
        2,
      ),
    ).toBeNull();
    expect(duplicateKeyIndexes({ writeErrors: [{ code: 11000 }] }, 2)).toBeNull();
    expect(duplicateKeyIndexes({ code: 11000 }, 2)).toBeNull();
    expect(duplicateKeyIndexes({ code: 112 }, 1)).toBeNull();
    expect(duplicateKeyIndexes(new Error('E11000 duplicate key'), 1)).toBeNull();
    expect(duplicateKeyIndexes(null, 1)).toBeNull();
  });
});
