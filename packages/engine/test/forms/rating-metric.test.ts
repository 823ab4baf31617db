import { describe, expect, it } from 'vitest';
import { ratingScale, toSurveyJson, validateFormData } from '../../src/index';
import { ratingFieldType } from '../../src/plugins/built-in-field-types';
import type { FormDefinition, RatingField } from '../../src/index';

const rating = (extra: Partial<RatingField>): RatingField => ({
  type: 'rating',
  name: 'score',
  title: { zh: '评分', en: 'Score' },
  ...extra,
});
const codes = (field: RatingField) => ratingFieldType.checkField!(field).map((i) => [i.code, i.path]);

describe('rating metrics (NPS 0–10, CSAT 1–5, CES 1–7)', () => {
  it('imply their scale when the bounds are left out', () => {
    expect(ratingScale(rating({ metric: 'nps' }))).toEqual({ min: 0, max: 10 });
    expect(ratingScale(rating({ metric: 'csat' }))).toEqual({ min: 1, max: 5 });
    expect(ratingScale(rating({ metric: 'ces' }))).toEqual({ min: 1, max: 7 });
    expect(ratingScale(rating({}))).toEqual({ min: 1, max: 5 });
    expect(codes(rating({ metric: 'nps' }))).toEqual([]);
    expect(codes(rating({ metric: 'ces', rateMin: 1, rateMax: 7 }))).toEqual([]);
  });

  it('refuse bounds that contradict the metric, and unknown metrics', () => {
    expect(codes(rating({ metric: 'nps', rateMin: 1, rateMax: 10 }))).toEqual([
      ['RATING_METRIC_SCALE', 'rateMin'],
    ]);
    expect(codes(rating({ metric: 'csat', rateMax: 7 }))).toEqual([['RATING_METRIC_SCALE', 'rateMax']]);
    const message = ratingFieldType.checkField!(rating({ metric: 'ces', rateMax: 5 }))[0]!.message;
    expect(message.en).toBe('CES ratings use the scale 1–7, not 1–5');
    expect(message.zh).toContain('1–7');
    expect(codes(rating({ metric: 'promoter' as never }))).toEqual([['RATING_METRIC_UNKNOWN', 'metric']]);
    expect(codes(rating({ rateMin: 5, rateMax: 5 }))).toEqual([['MIN_ABOVE_MAX', '']]);
  });

  it('validate answers on the implied scale and carry the metric into SurveyJS JSON', () => {
    const survey: FormDefinition = {
      key: 'cx',
      title: { zh: '体验', en: 'Experience' },
      elements: [rating({ name: 'nps', metric: 'nps', isRequired: true })],
    };
    expect(validateFormData(survey, { nps: 0 }).ok).toBe(true);
    expect(validateFormData(survey, { nps: 11 }).problems.map((p) => p.code)).toEqual([
      'RATING_OUT_OF_RANGE',
    ]);
    const pages = toSurveyJson(survey).pages as readonly { elements: readonly Record<string, unknown>[] }[];
    expect(pages[0]!.elements[0]).toMatchObject({
      type: 'rating',
      rateMin: 0,
      rateMax: 10,
      parleyMetric: 'nps',
      parleyType: 'rating',
    });
  });
});
