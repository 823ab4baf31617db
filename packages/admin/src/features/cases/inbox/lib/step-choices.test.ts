import { describe, expect, it } from 'vitest';
import { offersStep, stepChoices, type FlowSteps } from './step-choices';

const flows: FlowSteps[] = [
  {
    key: 'complaint',
    name: { zh: '投诉处理', en: 'Complaints' },
    latestVersion: {
      steps: [
        { key: 'receive', kind: 'FORM', name: { zh: '接收投诉', en: 'Receive' } },
        { key: 'route', kind: 'DECISION', name: { zh: '分流', en: 'Route' } },
        { key: 'review', kind: 'REVIEW', name: { zh: '审核', en: 'Review' } },
        { key: 'done', kind: 'END', name: { zh: '结束', en: 'Done' } },
      ],
    },
  },
  {
    key: 'negotiation',
    name: { zh: '协商还款', en: 'Negotiation' },
    latestVersion: {
      steps: [{ key: 'plan', kind: 'PLAN', name: { zh: '制定方案', en: 'Draft a plan' } }],
    },
  },
  { key: 'draft-only', name: { zh: '草稿', en: 'Draft' }, latestVersion: null },
];

describe('stepChoices', () => {
  it('groups every published flow’s resting steps by flow when no flow is chosen', () => {
    expect(stepChoices(flows, [], 'zh-CN')).toEqual([
      {
        flowKey: 'complaint',
        label: '投诉处理',
        steps: [
          { key: 'receive', label: '接收投诉' },
          { key: 'review', label: '审核' },
        ],
      },
      { flowKey: 'negotiation', label: '协商还款', steps: [{ key: 'plan', label: '制定方案' }] },
    ]);
  });

  it('offers only the chosen flows’ steps, in the page’s language', () => {
    const groups = stepChoices(flows, ['negotiation'], 'en');
    expect(groups).toEqual([
      { flowKey: 'negotiation', label: 'Negotiation', steps: [{ key: 'plan', label: 'Draft a plan' }] },
    ]);
    expect(offersStep(groups, 'plan')).toBe(true);
    expect(offersStep(groups, 'receive')).toBe(false);
  });
});
