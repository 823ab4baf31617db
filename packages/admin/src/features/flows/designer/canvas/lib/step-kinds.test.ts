import { describe, expect, it } from 'vitest';
import { defaultRegistry, defineStepType } from '@parley/engine';
import { PLUGIN_ICON, iconOf, paletteKinds, shapeOf } from './step-kinds';

describe('step kinds on the canvas', () => {
  it('offers every registered kind, each built-in one with its own glyph', () => {
    const kinds = paletteKinds(defaultRegistry);
    expect(kinds.map((k) => k.kind)).toEqual(defaultRegistry.stepTypes.map((p) => p.kind));
    expect(kinds.length).toBeGreaterThanOrEqual(15);
    const icons = kinds.map((k) => k.icon);
    expect(new Set(icons).size).toBe(icons.length);
    expect(kinds.every((k) => k.builtIn)).toBe(true);
  });

  it('adds plug-in kinds with their label and the plug-in glyph', () => {
    const registry = defaultRegistry.with(
      defineStepType({
        kind: 'x-credit-check',
        label: { zh: '征信查询', en: 'Credit check' },
        completion: 'auto',
        outcomes: ['done'],
      }),
    );
    const extra = paletteKinds(registry).find((k) => k.kind === 'x-credit-check');
    expect(extra).toEqual({
      kind: 'x-credit-check',
      icon: PLUGIN_ICON,
      builtIn: false,
      label: { zh: '征信查询', en: 'Credit check' },
    });
    expect(iconOf('x-credit-check')).toBe(PLUGIN_ICON);
  });

  it('draws branching kinds in their own shapes', () => {
    expect(shapeOf('decision')).toBe('decision');
    expect(shapeOf('parallel-split')).toBe('split');
    expect(shapeOf('parallel-join')).toBe('join');
    expect(shapeOf('end')).toBe('end');
    expect(shapeOf('review')).toBe('task');
  });
});
