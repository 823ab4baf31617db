import { describe, expect, it } from 'vitest';
import { problemDetails, splitPath } from './problem-path';

describe('problem paths', () => {
  it.each([
    ['steps[3].guard', ['steps', '3', 'guard']],
    ['transitions[1].guard[">="][0]["var"]', ['transitions', '1', 'guard', '>=', '0', 'var']],
    [
      'forms[0].elements[2].choices[1].visibleWhen',
      ['forms', '0', 'elements', '2', 'choices', '1', 'visibleWhen'],
    ],
    ['$', []],
    ['', []],
    ['start', ['start']],
  ])('splits %s', (path, expected) => {
    expect(splitPath(path)).toEqual(expected);
  });

  it('prefixes problems with where the definition sat in the input', () => {
    const [detail] = problemDetails(
      [{ code: 'NO_START', path: ['start'], message: { zh: '甲', en: 'A' }, severity: 'error' }],
      ['document', 'definition'],
    );
    expect(detail).toEqual({
      code: 'NO_START',
      path: ['start'],
      severity: 'error',
      messages: { zh: '甲', en: 'A' },
      fieldPath: ['document', 'definition', 'start'],
    });
  });
});
