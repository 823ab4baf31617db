import type { FormDefinition } from '@parley/engine';
import { describe, expect, it } from 'vitest';
import { literalPattern, normaliseSearch, searchTextOf, surveyScores, surveyTexts } from './survey-scores';

const t = (s: string) => ({ zh: s, en: s });
const form: FormDefinition = {
  key: 's',
  title: t('s'),
  elements: [
    { type: 'rating', name: 'plain', title: t('plain'), rateMin: 1, rateMax: 10 },
    { type: 'rating', name: 'nps', title: t('nps'), metric: 'nps' },
    { type: 'rating', name: 'nps2', title: t('nps again'), metric: 'nps' },
    { type: 'rating', name: 'csat', title: t('csat'), metric: 'csat' },
    { type: 'rating', name: 'ces', title: t('ces'), metric: 'ces' },
    { type: 'text', name: 'short', title: t('short') },
    { type: 'select', name: 'pick', title: t('pick'), choices: [{ value: 'a', text: t('a') }] },
    { type: 'textarea', name: 'long', title: { zh: '原因', en: 'Why' } },
  ],
} as FormDefinition;

describe('survey scores', () => {
  it('takes the first answered rating of each metric; a plain rating is no score', () => {
    expect(surveyScores(form, { plain: 10, nps: 0, nps2: 10, csat: 5, ces: 7 })).toEqual({
      nps: 0,
      csat: 5,
      ces: 7,
    });
    // The first NPS question unanswered: the next one of the metric counts.
    expect(surveyScores(form, { nps2: 8 })).toEqual({ nps: 8 });
    expect(surveyScores(form, { plain: 3, csat: '4' })).toEqual({});
  });

  it('collects non-blank text answers in question order, with titles', () => {
    expect(surveyTexts(form, { long: ' 太慢了 ', short: 'ok', pick: 'a' })).toEqual([
      { name: 'short', title: t('short'), text: 'ok' },
      { name: 'long', title: { zh: '原因', en: 'Why' }, text: '太慢了' },
    ]);
    expect(surveyTexts(form, { short: '   ' })).toEqual([]);
  });

  it('normalises text for search: full-width to half-width, lower case, one space', () => {
    expect(normaliseSearch('ＳＬＯＷ  Service\n很慢')).toBe('slow service 很慢');
    expect(
      searchTextOf([
        { name: 'a', title: t('a'), text: 'Too SLOW' },
        { name: 'b', title: t('b'), text: '等待' },
      ]),
    ).toBe('too slow 等待');
  });

  it('escapes regular-expression characters so a search is literal', () => {
    const re = new RegExp(literalPattern('A.B (1)*'));
    expect(re.test('a.b (1)*')).toBe(true);
    expect(re.test('axb (1)')).toBe(false);
  });
});
