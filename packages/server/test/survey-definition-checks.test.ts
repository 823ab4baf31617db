import { describe, expect, it } from 'vitest';
import {
  checkSurveyDefinition,
  readSurveyDefinition,
} from '../src/features/surveys/survey-definition.checks';

const t = (zh: string, en: string) => ({ zh, en });

const survey = (elements: unknown[]) => ({ key: 's', title: t('调查', 'Survey'), elements });

const problemsOf = (json: unknown) => {
  const read = readSurveyDefinition(json);
  return read.ok ? [] : read.problems;
};

describe('the survey outline checked on save', () => {
  it('accepts every question kind of the editor', () => {
    const json = survey([
      { type: 'rating', name: 'nps', title: t('推荐', 'Recommend'), metric: 'nps', rateMin: 0, rateMax: 10 },
      {
        type: 'select',
        name: 'channel',
        title: t('渠道', 'Channel'),
        choices: [{ value: 'app', text: t('手机银行', 'App') }],
      },
      {
        type: 'matrix',
        name: 'grid',
        title: t('各项', 'Aspects'),
        rows: [{ value: 'speed', text: t('速度', 'Speed') }],
        columns: [{ value: '1', text: t('差', 'Poor') }],
      },
    ]);
    expect(readSurveyDefinition(json).ok).toBe(true);
    expect(checkSurveyDefinition(json, true)).toEqual([]);
  });

  it('reports every problem at the path of the part at fault, naming the question, in zh and en', () => {
    const problems = problemsOf(
      survey([
        { type: 'text', name: 'why', title: t('原因', 'Reason') },
        {
          type: 'select',
          name: 'channel',
          title: t('渠道', ' '),
          choices: [{ value: 'app', text: t('', 'App') }, { text: t('网点', 'Branch') }],
        },
        { type: 'rating', name: 'score', title: t('评分', 'Score'), metric: 'stars', rateMax: 4.5 },
      ]),
    );
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['SURVEY_TEXT_MISSING', 'elements.1.title.en'],
      ['SURVEY_TEXT_MISSING', 'elements.1.choices.0.text.zh'],
      ['DEFINITION_SHAPE', 'elements.1.choices.1.value'],
      ['RATING_METRIC_UNKNOWN', 'elements.2.metric'],
      ['DEFINITION_SHAPE', 'elements.2.rateMax'],
    ]);
    expect(problems[0]!.message).toEqual({
      zh: '问题 2「channel」的标题缺少英文文字。',
      en: 'The title of Question 2 "channel" has no English text.',
    });
    expect(problems[1]!.message.en).toBe('choice 1 of Question 2 "channel" has no Chinese text.');
  });

  it('keeps the first problem of a question without a name at its name', () => {
    const problems = problemsOf(survey([{ type: 'rating' }]));
    expect(problems[0]!.path).toEqual(['elements', '0', 'name']);
    expect(problems.map((p) => p.path.join('.'))).toContain('elements.0.title');
  });

  it('lets the engine check a metric against its scale when publishing', () => {
    const json = survey([
      { type: 'rating', name: 'ces', title: t('省力', 'Effort'), metric: 'ces', rateMin: 1, rateMax: 5 },
    ]);
    expect(readSurveyDefinition(json).ok).toBe(true);
    expect(checkSurveyDefinition(json, true)).toEqual([
      expect.objectContaining({ code: 'RATING_METRIC_SCALE', path: ['elements', '0', 'rateMax'] }),
    ]);
  });
});
