import { describe, expect, it } from 'vitest';
import { findTemplate } from '@parley/engine';
import {
  addSlaRule,
  calendarsUsed,
  moveSlaRule,
  removeSlaRule,
  setFlowSurvey,
  setFlowText,
  setGeneral,
  setOutcomeSurvey,
  setRegulatoryClock,
  setSlaCondition,
  setSlaPolicy,
  setWarnings,
} from './settings-edits';

const doc = findTemplate('minsheng-e-negotiation')!;

describe('general settings', () => {
  it('sets and clears optional fields; the start step stays', () => {
    expect(setGeneral(doc, 'escalationRole', 'agent').escalationRole).toBe('agent');
    expect('escalationRole' in setGeneral(doc, 'escalationRole', '')).toBe(false);
    expect(setGeneral(doc, 'start', 'review').start).toBe('review');
    expect(setFlowSurvey(doc, doc.survey)).toBe(doc);
    expect('survey' in setFlowSurvey(doc, '')).toBe(false);
    const ref = { surveyKey: 'csat-after-case', pin: 'latest' } as const;
    expect(setFlowSurvey(doc, ref).survey).toEqual(ref);
    const withRef = setFlowSurvey(doc, ref);
    expect(setFlowSurvey(withRef, { ...ref })).toBe(withRef);
  });

  it('edits the name per language; an emptied description goes away', () => {
    expect(setFlowText(doc, 'name', 'en', 'X').name).toEqual({ zh: doc.name.zh, en: 'X' });
    const bare = setFlowText(setFlowText(doc, 'description', 'zh', ''), 'description', 'en', '');
    expect(bare.description).toBeUndefined();
  });
});

describe('SLA rules', () => {
  it('adds a rule with a free id on the default calendar, removes and reorders', () => {
    const added = addSlaRule(doc);
    expect(added.sla!.rules).toHaveLength(3);
    expect(added.sla!.rules[2]!.policy).toEqual({
      id: 'minsheng-e-negotiation-sla',
      calendarId: 'cn-mainland',
      target: { amount: 5, unit: 'workingDays' },
    });
    expect(addSlaRule(added).sla!.rules[3]!.policy.id).toBe('minsheng-e-negotiation-sla-2');
    const moved = moveSlaRule(added, 2, -2);
    expect(moved.sla!.rules.map((r) => r.policy.id)).toEqual([
      'minsheng-e-negotiation-sla',
      'minsheng-priority',
      'minsheng-standard',
    ]);
    expect(moveSlaRule(moved, 0, -1)).toBe(moved);
    expect(removeSlaRule(removeSlaRule(doc, 0), 0).sla).toBeUndefined();
  });

  it('sets policy fields and removes them with undefined', () => {
    const next = setSlaPolicy(doc, 1, {
      target: { amount: 10, unit: 'calendarDays' },
      escalation: undefined,
    });
    expect(next.sla!.rules[1]!.policy.target).toEqual({ amount: 10, unit: 'calendarDays' });
    expect('escalation' in next.sla!.rules[1]!.policy).toBe(false);
    expect(next.sla!.rules[0]).toBe(doc.sla!.rules[0]);
  });

  it('keeps warnings whole, between 1 and 99, sorted and unique', () => {
    expect(setWarnings(doc, 0, [80, 50, 80, 0, 120, 12.5]).sla!.rules[0]!.policy.warnAtPercent).toEqual([
      50, 80,
    ]);
    expect('warnAtPercent' in setWarnings(doc, 0, []).sla!.rules[0]!.policy).toBe(false);
  });

  it('sets and removes the selecting condition', () => {
    expect('selectWhen' in setSlaCondition(doc, 0, undefined).sla!.rules[0]!).toBe(false);
    expect(setSlaCondition(doc, 1, { '==': [1, 1] }).sla!.rules[1]!.selectWhen).toEqual({ '==': [1, 1] });
  });

  it('sets the regulatory complaint clock and lists the calendars used', () => {
    const clock = setRegulatoryClock(doc, {
      calendarId: 'cn-hk',
      furtherExtensionApproverRole: 'supervisor',
    });
    expect(clock.sla!.regulatoryComplaintClock).toEqual({
      calendarId: 'cn-hk',
      furtherExtensionApproverRole: 'supervisor',
    });
    expect(calendarsUsed(clock)).toEqual(['cn-mainland', 'cn-hk']);
    expect(calendarsUsed({ ...doc, sla: undefined })).toEqual([]);
    expect('regulatoryComplaintClock' in setRegulatoryClock(clock, undefined).sla!).toBe(false);
  });
});

describe('survey per end outcome', () => {
  it('sets a form per outcome and removes it again; the emptied map disappears', () => {
    const one = setOutcomeSurvey(doc, 'resolved', 'satisfaction');
    expect(one.surveyByOutcome).toEqual({ resolved: 'satisfaction' });
    const two = setOutcomeSurvey(one, 'withdrawn', 'follow-up');
    expect(two.surveyByOutcome).toEqual({ resolved: 'satisfaction', withdrawn: 'follow-up' });
    expect(setOutcomeSurvey(two, 'resolved', 'satisfaction')).toBe(two);
    expect(setOutcomeSurvey(two, 'resolved', '').surveyByOutcome).toEqual({ withdrawn: 'follow-up' });
    expect('surveyByOutcome' in setOutcomeSurvey(one, 'resolved', '')).toBe(false);
    expect(doc.surveyByOutcome).toBeUndefined();
  });

  it('sends a published survey for an outcome; the same reference again changes nothing', () => {
    const ref = { surveyKey: 'nps-survey', pin: 'publish' } as const;
    const one = setOutcomeSurvey(doc, 'resolved', ref);
    expect(one.surveyByOutcome).toEqual({ resolved: ref });
    expect(setOutcomeSurvey(one, 'resolved', { ...ref })).toBe(one);
    const latest = setOutcomeSurvey(one, 'resolved', { surveyKey: 'nps-survey', pin: 'latest' });
    expect(latest.surveyByOutcome).toEqual({ resolved: { surveyKey: 'nps-survey', pin: 'latest' } });
  });
});
