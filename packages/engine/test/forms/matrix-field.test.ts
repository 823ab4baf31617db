import { describe, expect, it } from 'vitest';
import { toSurveyJson, validateFormData } from '../../src/index';
import type { FormDefinition } from '../../src/index';

// A satisfaction survey rating several aspects on one scale (seed 004: satisfaction questionnaire).
const survey: FormDefinition = {
  key: 'aspects',
  title: { zh: '服务评价', en: 'Service rating' },
  elements: [
    {
      type: 'matrix',
      name: 'aspects',
      title: { zh: '各项满意度', en: 'Satisfaction by aspect' },
      isRequired: true,
      rows: [
        { value: 'speed', text: { zh: '办理速度', en: 'Speed' } },
        { value: 'attitude', text: { zh: '服务态度', en: 'Attitude' } },
      ],
      columns: [
        { value: '1', text: { zh: '不满意', en: 'Unsatisfied' } },
        { value: '2', text: { zh: '一般', en: 'Neutral' } },
        { value: '3', text: { zh: '满意', en: 'Satisfied' } },
      ],
    },
  ],
};

describe('matrix questions', () => {
  it('accept one known column per known row', () => {
    const result = validateFormData(survey, { aspects: { speed: '3', attitude: '2' } });
    expect(result.ok).toBe(true);
  });

  it('refuse unknown rows, unknown columns, unanswered rows of a required matrix and non-objects', () => {
    const codes = (data: unknown) =>
      validateFormData(survey, { aspects: data }).problems.map((p) => [p.code, p.path]);
    expect(codes({ speed: '3', price: '1' })).toContainEqual(['UNKNOWN_MATRIX_ROW', 'data.aspects.price']);
    expect(codes({ speed: '9', attitude: '1' })).toContainEqual(['UNKNOWN_OPTION', 'data.aspects.speed']);
    expect(codes({ speed: '3' })).toContainEqual(['MATRIX_ROW_UNANSWERED', 'data.aspects.attitude']);
    expect(codes(['3', '2'])[0]?.[0]).toBe('WRONG_TYPE');
    const message = validateFormData(survey, { aspects: { speed: '3' } }).problems[0]!.message;
    expect(message.zh).toContain('服务态度');
    expect(message.en).toContain('Attitude');
  });

  it('render as a SurveyJS matrix', () => {
    const json = toSurveyJson(survey) as {
      pages: { elements: { type: string; rows: unknown[]; columns: unknown[] }[] }[];
    };
    const question = json.pages[0]!.elements[0]!;
    expect(question.type).toBe('matrix');
    expect(question.rows).toHaveLength(2);
    expect(question.columns).toHaveLength(3);
  });
});
