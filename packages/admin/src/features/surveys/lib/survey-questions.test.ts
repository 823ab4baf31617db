import { describe, expect, it } from 'vitest';
import { defaultRegistry, validateFormData, type FormDefinition } from '@parley/engine';
import { QUESTION_KINDS, kindOf, newQuestion, surveyForm } from './survey-questions';

const empty: FormDefinition = { key: 's', title: { zh: '调查', en: 'Survey' }, elements: [] };
const title = { zh: '题', en: 'Q' };

describe('survey question kinds', () => {
  it('makes NPS, CSAT and CES ratings with their metric and scale spelled out', () => {
    expect(newQuestion('nps', empty, title)).toEqual({
      type: 'rating',
      name: 'nps',
      title,
      metric: 'nps',
      rateMin: 0,
      rateMax: 10,
    });
    expect(newQuestion('csat', empty, title)).toMatchObject({ metric: 'csat', rateMin: 1, rateMax: 5 });
    expect(newQuestion('ces', empty, title)).toMatchObject({ metric: 'ces', rateMin: 1, rateMax: 7 });
  });

  it('names questions after their kind, never twice, and each passes its type check', () => {
    let form = empty;
    for (const kind of [...QUESTION_KINDS, 'nps', 'single'] as const) {
      const q = newQuestion(kind, form, title);
      form = { ...form, elements: [...form.elements, q] };
    }
    expect(form.elements.map((f) => f.name)).toEqual([
      'nps',
      'csat',
      'ces',
      'single',
      'multiple',
      'text',
      'textarea',
      'matrix',
      'nps2',
      'single2',
    ]);
    for (const f of form.elements)
      expect(defaultRegistry.fieldType(f.type)?.checkField?.(f) ?? []).toEqual([]);
    expect(form.elements.map((f) => kindOf(f))).toEqual([...QUESTION_KINDS, 'nps', 'single']);
    // NPS answers 0 and 10 are valid; 11 is not (the engine's own validation).
    expect(validateFormData(form, { nps: 0, nps2: 10 }).ok).toBe(true);
    expect(validateFormData(form, { nps: 11 }).ok).toBe(false);
  });

  it('gives choices, rows and columns their numbered texts in both languages', () => {
    const matrix = newQuestion('matrix', empty, title);
    expect(matrix).toMatchObject({ type: 'matrix', rows: [{ value: 'row1' }], columns: [{}, {}] });
    const single = newQuestion('single', empty, title, {
      choice: (n) => ({ zh: `选${n}`, en: `Pick ${n}` }),
      row: (n) => ({ zh: `${n}`, en: `${n}` }),
      column: (n) => ({ zh: `${n}`, en: `${n}` }),
    });
    expect(single).toMatchObject({ type: 'select', choices: [{ text: { zh: '选1', en: 'Pick 1' } }, {}] });
  });

  it('shows a plain rating or a field type the editor does not offer as no kind', () => {
    expect(kindOf({ type: 'rating', name: 'r', title })).toBeNull();
    expect(kindOf({ type: 'money', name: 'm', title })).toBeNull();
  });

  it('reads the server draft as a form, falling back to the survey title', () => {
    const survey = surveyForm(
      'k',
      { zh: '标题', en: 'Title' },
      { elements: [{ type: 'text', name: 'a', title }] },
    );
    expect(survey).toEqual({
      key: 'k',
      title: { zh: '标题', en: 'Title' },
      elements: [{ type: 'text', name: 'a', title }],
    });
    expect(surveyForm('k', title, { title: { zh: '新', en: 'New' }, elements: [] }).title).toEqual({
      zh: '新',
      en: 'New',
    });
    expect(surveyForm('k', title, null).elements).toEqual([]);
  });
});
