import { describe, expect, it } from 'vitest';
import { describeSurveyChanges, questionTitles, valueText, type DiffWords } from './survey-diff-words';

const words: DiffWords = {
  questionAdded: (title) => `added ${title}`,
  questionRemoved: (title) => `removed ${title}`,
  questionChanged: (title) => `changed ${title}`,
  surveyChanged: (property) => `survey ${property}`,
  label: (path, choice) => (choice ? `${path}<${choice}>` : `[${path}]`),
  yes: 'Y',
  no: 'N',
  notSet: '-',
};
const t = (zh: string, en: string) => ({ zh, en });

describe('survey changes in words', () => {
  const v2 = { elements: [{ name: 'nps', title: t('推荐意愿', 'Recommend?') }] };
  const v1 = {
    elements: [
      { name: 'nps', title: t('推荐', 'Old') },
      { name: 'why', title: t('原因', 'Why') },
    ],
  };

  it('names added and removed questions by their text in the page language', () => {
    const rows = describeSurveyChanges(
      [
        {
          area: 'QUESTION',
          key: 'why',
          kind: 'REMOVED',
          values: [{ path: '', before: v1.elements[1], after: null }],
        },
        {
          area: 'QUESTION',
          key: 'channel',
          kind: 'ADDED',
          values: [{ path: '', before: null, after: { name: 'channel', title: t('渠道', 'Channel') } }],
        },
      ],
      questionTitles(v2, v1),
      'zh',
      words,
    );
    expect(rows.map((r) => [r.id, r.kind, r.text])).toEqual([
      ['question-why', 'removed', 'removed 原因'],
      ['question-channel', 'added', 'added 渠道'],
    ]);
  });

  it('lists what changed in a question, texts before and after, choices by value', () => {
    const [row] = describeSurveyChanges(
      [
        {
          area: 'QUESTION',
          key: 'nps',
          kind: 'CHANGED',
          values: [
            { path: 'title', before: t('推荐', 'Old'), after: t('推荐意愿', 'Recommend?') },
            { path: 'isRequired', before: null, after: true },
            { path: 'choices[app].text', before: t('手机', 'Phone'), after: t('手机银行', 'App') },
          ],
        },
      ],
      questionTitles(v2, v1),
      'en',
      words,
    );
    expect(row).toEqual({
      id: 'question-nps',
      kind: 'changed',
      text: 'changed Recommend?',
      lines: [
        { label: '[title]', before: 'Old', after: 'Recommend?' },
        { label: '[isRequired]', before: '-', after: 'Y' },
        { label: 'choices.text<app>', before: 'Phone', after: 'App' },
      ],
    });
  });

  it('describes the survey’s own settings, and falls back to the key when a title is unknown', () => {
    const rows = describeSurveyChanges(
      [
        {
          area: 'SURVEY',
          key: 'title',
          kind: 'CHANGED',
          values: [{ path: 'title', before: t('甲', 'A'), after: t('乙', 'B') }],
        },
        {
          area: 'QUESTION',
          key: 'ghost',
          kind: 'CHANGED',
          values: [{ path: 'rateMax', before: 5, after: 7 }],
        },
      ],
      new Map(),
      'zh',
      words,
    );
    expect(rows[0]).toMatchObject({
      text: 'survey [title]',
      lines: [{ label: '[title]', before: '甲', after: '乙' }],
    });
    expect(rows[1]).toMatchObject({ text: 'changed ghost', lines: [{ before: '5', after: '7' }] });
  });

  it('writes values as a reader reads them', () => {
    expect(valueText(false, 'en', words)).toBe('N');
    expect(valueText(['a', t('乙', 'B')], 'zh', words)).toBe('a、乙');
    expect(valueText({ value: 'x', text: t('选项', 'Option') }, 'en', words)).toBe('Option');
    expect(valueText({ '>': [1, 2] }, 'en', words)).toBe('{">":[1,2]}');
    expect(valueText(undefined, 'en', words)).toBe('-');
  });
});
