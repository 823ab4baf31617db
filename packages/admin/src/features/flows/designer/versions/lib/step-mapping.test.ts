import { describe, expect, it } from 'vitest';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import { mappingInput, stepsToMap, targetChoices, unmappedOccupied } from './step-mapping';

const v1 = findTemplate('complaint-handling') as FlowDefinition;
const v2 = {
  ...v1,
  steps: v1.steps.filter((s) => s.key !== 'track' && s.key !== 'classify'),
} as FlowDefinition;

describe('step mapping', () => {
  it('lists the steps gone in the target with the open cases on them', () => {
    const missing = stepsToMap(v1, v2, [['track'], ['receive'], ['track']], 'en');
    expect(missing).toEqual([
      { key: 'classify', name: 'Classify', cases: 0 },
      { key: 'track', name: 'Track', cases: 2 },
    ]);
    expect(targetChoices(v2, 'zh').map((c) => c.key)).not.toContain('track');
    expect(targetChoices(v2, 'zh')[0]).toEqual({ key: 'receive', name: '接收投诉' });
  });

  it('sends only the chosen entries and names occupied steps still unmapped', () => {
    const missing = stepsToMap(v1, v2, [['track']], 'zh');
    expect(mappingInput(missing, {})).toEqual([]);
    expect(unmappedOccupied(missing, {}).map((m) => m.key)).toEqual(['track']);
    expect(mappingInput(missing, { track: 'handle', classify: '' })).toEqual([
      { from: 'track', to: 'handle' },
    ]);
    expect(unmappedOccupied(missing, { track: 'handle' })).toEqual([]);
  });
});
