import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/flows/step-actions.flow-fixture.json';
import {
  checkSurveyRefShape,
  diffForms,
  librarySurveyRefs,
  parseFlowDefinition,
  validateDefinition,
} from '../../src/index';
import type { FlowDefinition, FormDefinition, StepDefinition } from '../../src/index';
import { runCommands } from '../support/harness';

const agent = { kind: 'staff', id: 'a1', roles: ['agent'] } as const;
const name = (key: string) => ({ zh: key, en: key });

function flow(change: Partial<FlowDefinition>): FlowDefinition {
  return { ...parseFlowDefinition(fixture.definition), ...change };
}

function surveyStep(survey: unknown): StepDefinition[] {
  return [
    { kind: 'survey', key: 'apply', name: name('survey'), survey } as StepDefinition,
    { kind: 'end', key: 'done', name: name('done'), outcome: 'withdrawn' },
  ];
}

const errors = (def: FlowDefinition) =>
  validateDefinition(def)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.code} ${p.path}`);

describe('survey references', () => {
  it('accepts a form key of the flow and published surveys with either pin', () => {
    expect(errors(flow({ steps: surveyStep('satisfaction') }))).toEqual([]);
    expect(errors(flow({ steps: surveyStep({ surveyKey: 'csat-after-case', pin: 'publish' }) }))).toEqual([]);
    expect(
      errors(flow({ steps: surveyStep({ surveyKey: 'csat-after-case', pin: 'publish', version: 3 }) })),
    ).toEqual([]);
    expect(
      errors(
        flow({
          survey: { surveyKey: 'csat-after-case', pin: 'latest' },
          surveyByOutcome: { resolved: { surveyKey: 'nps-survey', pin: 'publish' } },
        }),
      ),
    ).toEqual([]);
  });

  it('still refuses an unknown form key wherever a survey is named', () => {
    expect(
      errors(flow({ steps: surveyStep('nope'), survey: 'gone', surveyByOutcome: { resolved: 'lost' } })),
    ).toEqual([
      'UNKNOWN_FORM survey',
      'UNKNOWN_FORM surveyByOutcome.resolved',
      'UNKNOWN_FORM steps[0].survey',
    ]);
  });

  it('refuses a malformed reference with the path of the bad part', () => {
    expect(errors(flow({ steps: surveyStep({ surveyKey: 'Bad Key', pin: 'always' }) }))).toEqual([
      'SURVEY_REF_INVALID steps[0].survey.surveyKey',
      'SURVEY_REF_INVALID steps[0].survey.pin',
    ]);
    expect(
      errors(flow({ survey: { surveyKey: 'csat-after-case', pin: 'latest', version: 2 } as never })),
    ).toEqual(['SURVEY_REF_INVALID survey.version']);
    expect(
      errors(
        flow({
          surveyByOutcome: { resolved: { surveyKey: 'csat-after-case', pin: 'publish', pinned: 1 } as never },
        }),
      ),
    ).toEqual(['SURVEY_REF_INVALID surveyByOutcome.resolved.pinned']);
    expect(errors(flow({ steps: surveyStep(42) }))).toEqual(['SURVEY_REF_INVALID steps[0].survey']);
    expect(checkSurveyRefShape({ surveyKey: 'csat-after-case', pin: 'publish', version: 0 })).toEqual([
      expect.objectContaining({ path: 'version' }),
    ]);
    expect(checkSurveyRefShape({ surveyKey: 'csat-after-case', pin: 'publish', version: 1.5 })).toHaveLength(
      1,
    );
  });

  it('lists every library reference with where it is', () => {
    const def = flow({
      steps: surveyStep({ surveyKey: 'a-survey', pin: 'latest' }),
      survey: 'satisfaction',
      surveyByOutcome: { resolved: { surveyKey: 'b-survey', pin: 'publish', version: 2 } },
    });
    expect(librarySurveyRefs(def)).toEqual([
      { path: 'steps[0].survey', ref: { surveyKey: 'a-survey', pin: 'latest' } },
      { path: 'surveyByOutcome.resolved', ref: { surveyKey: 'b-survey', pin: 'publish', version: 2 } },
    ]);
  });

  it('passes a library reference on in the send-survey effect', () => {
    const ref = { surveyKey: 'csat-after-case', pin: 'publish', version: 4 } as const;
    const run = runCommands(flow({ steps: surveyStep(ref) }), [
      { type: 'start', caseId: 'c-1', actor: agent },
    ]);
    expect(run.effects.map((e) => e.effect)).toEqual([
      { type: 'send-survey', survey: ref, stepKey: 'apply' },
    ]);
  });

  it('a survey step sending a library survey takes answers checked against the form the host passes', () => {
    const ref = { surveyKey: 'csat-after-case', pin: 'publish', version: 1 } as const;
    const form: FormDefinition = {
      key: 'csat-after-case',
      title: name('csat'),
      elements: [
        { type: 'rating', name: 'csat', title: name('csat'), metric: 'csat', isRequired: true } as never,
      ],
    };
    const def = flow({ steps: surveyStep(ref) });
    const start = { type: 'start', caseId: 'c-1', actor: agent } as const;
    const customer = { kind: 'customer', id: 'link:1' } as const;
    const submit = (data: Record<string, unknown>, withForm: boolean) =>
      ({
        type: 'submitStep',
        stepKey: 'apply',
        actor: customer,
        data,
        ...(withForm ? { form } : {}),
      }) as const;
    // Without the form, answers are unknown fields (as before); with it, they are checked by its rules.
    expect(runCommands(def, [start, submit({ csat: 4 }, false)]).results[1]).toMatchObject({
      ok: false,
      error: { code: 'FORM_INVALID' },
    });
    const outOfScale = runCommands(def, [start, submit({ csat: 9 }, true)]).results[1];
    expect(outOfScale).toMatchObject({ ok: false, error: { code: 'FORM_INVALID' } });
    const run = runCommands(def, [start, submit({ csat: 4 }, true)]);
    expect(run.results[1]).toMatchObject({ ok: true });
    expect(run.events.find((e) => e.type === 'stepCompleted')).toMatchObject({
      stepKey: 'apply',
      outcome: 'answered',
      data: { csat: 4 },
    });
  });

  it('sends a library survey for an end outcome', () => {
    const ref = { surveyKey: 'nps-survey', pin: 'latest' } as const;
    const steps: StepDefinition[] = [
      { kind: 'decision', key: 'apply', name: name('route') },
      { kind: 'end', key: 'done', name: name('done'), outcome: 'resolved' },
    ];
    const run = runCommands(flow({ steps, surveyByOutcome: { resolved: ref } }), [
      { type: 'start', caseId: 'c-1', actor: agent },
    ]);
    expect(run.effects.map((e) => e.effect)).toContainEqual({
      type: 'send-survey',
      survey: ref,
      stepKey: 'done',
    });
  });
});

describe('diffForms', () => {
  const t = (zh: string, en: string) => ({ zh, en });
  const v1: FormDefinition = {
    key: 's',
    title: t('满意度', 'Satisfaction'),
    elements: [
      { type: 'rating', name: 'nps', title: t('推荐', 'Recommend'), rateMin: 0, rateMax: 10 } as never,
      { type: 'text', name: 'why', title: t('原因', 'Why') },
    ],
  };
  it('names questions added, removed and changed, with texts before and after', () => {
    const v2: FormDefinition = {
      ...v1,
      title: t('满意度调查', 'Satisfaction survey'),
      elements: [
        {
          type: 'rating',
          name: 'nps',
          title: t('推荐意愿', 'Would recommend'),
          rateMin: 0,
          rateMax: 10,
        } as never,
        { type: 'textarea', name: 'more', title: t('补充', 'More') },
      ],
    };
    const d = diffForms(v1, v2);
    expect(d.questions).toEqual({ added: ['more'], removed: ['why'], changed: ['nps'] });
    expect(d.changes.map((c) => `${c.area} ${c.kind} ${c.key}`)).toEqual([
      'flow changed title',
      'field removed why',
      'field added more',
      'field changed nps',
    ]);
    expect(d.changes.find((c) => c.key === 'nps')!.values).toEqual([
      { path: 'title', before: t('推荐', 'Recommend'), after: t('推荐意愿', 'Would recommend') },
    ]);
  });
  it('finds nothing between equal forms, whatever the key order or version stamp', () => {
    const reordered = JSON.parse(
      JSON.stringify({ elements: v1.elements, title: v1.title, key: 'other', version: 9 }),
    );
    expect(diffForms(v1, reordered).changes).toEqual([]);
  });
});
