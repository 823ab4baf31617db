/**
 * The step mapping of a case migration: which steps of the source version are gone in the target (a
 * case standing there needs to be told where to go), the target's steps to choose from, and the
 * mapping as the API takes it. Steps with the same key in both versions need no entry.
 */
import type { FlowDefinition } from '@parley/engine';
import type { Lang } from './diff-rows';

export interface StepChoice {
  readonly key: string;
  readonly name: string;
}

export interface MissingStep extends StepChoice {
  /** How many of the listed open cases stand on this step now. */
  readonly cases: number;
}

/** Source steps that the target version does not have, with how many open cases stand on each. */
export function stepsToMap(
  source: FlowDefinition,
  target: FlowDefinition,
  activeSteps: readonly (readonly string[])[],
  lang: Lang,
): MissingStep[] {
  const kept = new Set(target.steps.map((s) => s.key));
  return source.steps
    .filter((s) => !kept.has(s.key))
    .map((s) => ({
      key: s.key,
      name: s.name[lang] || s.key,
      cases: activeSteps.filter((steps) => steps.includes(s.key)).length,
    }));
}

/** The target's steps a removed step can become (end steps included: a case may be ended). */
export function targetChoices(target: FlowDefinition, lang: Lang): StepChoice[] {
  return target.steps.map((s) => ({ key: s.key, name: s.name[lang] || s.key }));
}

/** The chosen entries (empty choices left out), for `stepMapping`. */
export function mappingInput(
  missing: readonly MissingStep[],
  chosen: Readonly<Record<string, string | undefined>>,
): { from: string; to: string }[] {
  return missing.flatMap((m) => {
    const to = chosen[m.key];
    return to ? [{ from: m.key, to }] : [];
  });
}

/** Removed steps with open cases on them that are not mapped yet (the dry run would block those cases). */
export function unmappedOccupied(
  missing: readonly MissingStep[],
  chosen: Readonly<Record<string, string | undefined>>,
): MissingStep[] {
  return missing.filter((m) => m.cases > 0 && !chosen[m.key]);
}
