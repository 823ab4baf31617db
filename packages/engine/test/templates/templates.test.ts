import { describe, expect, it } from 'vitest';
import { FLOW_TEMPLATES, createSimulatedClock, replay, simulate, validateDefinition } from '../../src/index';
import { TEMPLATE_SCRIPTS } from './template-scripts';

describe.each(FLOW_TEMPLATES.map((t) => [t.key, t] as const))('template %s', (key, template) => {
  it('validates without errors', () => {
    const result = validateDefinition(template);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has names in zh-CN and English on the flow, its steps and its fields', () => {
    const texts = [
      template.name,
      ...template.steps.map((s) => s.name),
      ...template.forms.flatMap((f) => f.elements.map((e) => e.title)),
    ];
    for (const t of texts) expect(t.zh.length > 0 && t.en.length > 0).toBe(true);
  });

  it('runs its scripted test run to an end, and the log replays to the same state', () => {
    const script = TEMPLATE_SCRIPTS[key];
    expect(script, `no script for ${key}`).toBeDefined();
    if (!script) return;
    const result = simulate(template, script, createSimulatedClock('2026-03-02T01:00:00Z'));
    expect(
      result.refusals.map(
        (r) => `${r.index} ${r.error.code} ${r.error.message.en} ${JSON.stringify(r.error.problems ?? [])}`,
      ),
    ).toEqual([]);
    expect(result.surprises).toEqual([]);
    expect(result.reachedEnd).toBe(true);
    expect(replay(template, result.events)).toEqual(result.state);
  });
});
