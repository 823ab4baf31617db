import { describe, expect, it } from 'vitest';
import { defaultRegistry, type FormDefinition } from '@parley/engine';
import { surveyProblems } from './survey-problems';
import { questionNotes } from './question-notes';

const m = (zh: string, en: string) => ({ zh, en });

describe('surveyProblems', () => {
  it('places a refused save’s problems (input paths) under their questions', () => {
    const placed = surveyProblems({
      code: 'DEFINITION_INVALID',
      fieldPath: ['definition', 'elements', '3', 'title', 'en'],
      messages: m('定义有 2 个错误', 'The definition has 2 errors'),
      problems: [
        { fieldPath: ['definition', 'elements', '3', 'title', 'en'], path: [], messages: m('甲', 'A') },
        { fieldPath: ['definition', 'elements', '0', 'choices', '1', 'text', 'zh'], messages: m('乙', 'B') },
        { fieldPath: ['definition', 'title', 'zh'], messages: m('丙', 'C') },
      ],
    });
    expect([...placed.byQuestion.keys()]).toEqual([3, 0]);
    expect(placed.byQuestion.get(0)).toEqual([
      { question: 0, at: 'choices.1.text.zh', messages: m('乙', 'B') },
    ]);
    expect(placed.general).toEqual([{ question: null, at: 'title.zh', messages: m('丙', 'C') }]);
  });

  it('places a refused publish’s problems (paths inside the definition), skipping warnings', () => {
    const placed = surveyProblems({
      problems: [
        { path: ['elements', '2', 'rateMax'], severity: 'error', messages: m('甲', 'A') },
        { path: ['elements'], severity: 'error', messages: m('空', 'Empty') },
        { path: ['elements', '1'], severity: 'warning', messages: m('警告', 'Warning') },
        { path: 'not a path', messages: m('x', 'x') },
      ],
    });
    expect(placed.byQuestion.get(2)?.[0]?.at).toBe('rateMax');
    expect(placed.byQuestion.has(1)).toBe(false);
    expect(placed.general.map((p) => p.messages.en)).toEqual(['Empty']);
  });

  it('falls back to the error’s own field path, and has nothing for errors without one', () => {
    const single = surveyProblems({
      fieldPath: ['definition', 'elements', '1', 'name'],
      messages: m('名', 'Name'),
    });
    expect(single.byQuestion.get(1)?.[0]?.messages.en).toBe('Name');
    const none = surveyProblems({ code: 'CONFLICT', messages: m('冲突', 'Conflict') });
    expect(none.byQuestion.size + none.general.length).toBe(0);
    expect(surveyProblems(undefined).general).toEqual([]);
  });
});

describe('questionNotes', () => {
  it('joins the server’s problems with the field types’ own checks, each message once', () => {
    const form: FormDefinition = {
      key: 's',
      title: m('调查', 'Survey'),
      elements: [
        {
          type: 'rating',
          name: 'nps',
          title: m('推荐', 'Recommend'),
          metric: 'nps',
          rateMin: 1,
          rateMax: 10,
        },
        { type: 'matrix', name: 'grid', title: m('矩阵', 'Grid'), rows: [], columns: [] },
        { type: 'text', name: 'why', title: m('原因', 'Why') },
      ],
    };
    const server = surveyProblems({
      problems: [
        { fieldPath: ['definition', 'elements', '2', 'title', 'en'], messages: m('缺英文', 'No English') },
        { fieldPath: ['definition', 'elements', '2', 'title', 'en'], messages: m('缺英文', 'No English') },
      ],
    });
    const notes = questionNotes(form, server, defaultRegistry);
    expect(notes.get(0)?.[0]?.en).toBe('NPS ratings use the scale 0–10, not 1–10');
    expect(notes.get(1)?.[0]?.en).toContain('A matrix needs at least one row');
    expect(notes.get(2)).toEqual([m('缺英文', 'No English')]);
  });
});
