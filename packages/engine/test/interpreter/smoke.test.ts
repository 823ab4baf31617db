import { describe, expect, it } from 'vitest';
import minsheng from '../../templates/minsheng-e-negotiation.template.json';
import { parseFlowDefinition, replay, validateDefinition } from '../../src/index';
import { runOk } from '../support/harness';
import { minshengScript } from '../support/minsheng-script';

describe('smoke', () => {
  it('runs Minsheng', () => {
    const def = parseFlowDefinition(minsheng);
    const v = validateDefinition(def);
    expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const run = runOk(def, minshengScript());
    expect(run.state?.status).toBe('completed');
    expect(replay(def, run.events)).toEqual(run.state);
  });
});
