import { describe, expect, it } from 'vitest';
import { findTemplate, toSurveyJson } from '../../src/index';

describe('toSurveyJson', () => {
  it('maps the Minsheng application form to SurveyJS questions with zh-cn texts', () => {
    const form = findTemplate('minsheng-e-negotiation')?.forms.find((f) => f.key === 'application');
    if (!form) throw new Error('form');
    const survey = toSurveyJson(form);
    const pages = survey.pages as readonly { readonly elements: readonly Record<string, unknown>[] }[];
    const elements = pages[0]?.elements ?? [];
    expect(survey.title).toEqual({ default: 'Negotiation request', 'zh-cn': '协商申请' });
    expect(elements.map((e) => `${String(e.name)}:${String(e.type)}:${String(e.parleyType)}`)).toEqual([
      'customerName:text:text',
      'mobile:text:phone',
      'idNumber:text:prc-id',
      'applicationChannel:dropdown:select',
      'matter:dropdown:select',
      'amountOwedFen:text:money',
      'hardship:checkbox:multi-select',
      'description:comment:textarea',
      'attachments:file:file',
    ]);
    expect(elements[1]).toMatchObject({ inputType: 'tel', isRequired: true });
    expect(elements[8]).toMatchObject({
      allowMultiple: true,
      maxSize: 10485760,
      acceptedTypes: 'application/pdf,image/*',
    });
  });

  it('leaves rule-driven requirement to evaluateFormState', () => {
    const form = findTemplate('minsheng-e-negotiation')?.forms.find((f) => f.key === 'application');
    const pages = (form ? toSurveyJson(form) : {}).pages as readonly {
      readonly elements: readonly Record<string, unknown>[];
    }[];
    expect(pages[0]?.elements.find((e) => e.name === 'amountOwedFen')).not.toHaveProperty('isRequired');
  });

  it('maps a survey with a rating', () => {
    const survey = findTemplate('satisfaction-follow-up')?.forms.find((f) => f.key === 'satisfaction');
    const pages = (survey ? toSurveyJson(survey) : {}).pages as readonly {
      readonly elements: readonly Record<string, unknown>[];
    }[];
    expect(pages[0]?.elements[0]).toMatchObject({ type: 'rating', rateMin: 1, rateMax: 5, isRequired: true });
  });
});
