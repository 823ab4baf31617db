import { LogicEngine } from 'json-logic-engine';
import type { Rule } from './rule.types';

/**
 * What rules read. `data` is the case data (all submitted fields by name), `case` a few facts about
 * the case, `offer` the open offer (when there is one).
 */
export interface RuleContext {
  readonly data: object;
  readonly case?: object;
  readonly offer?: object | null;
}

export interface RuleEvaluator {
  /** The rule's value; a rule that throws (e.g. on malformed data) yields `undefined`. */
  value(rule: Rule, context: RuleContext): unknown;
  /** The rule's value read as a condition, with JSON Logic truthiness (`[]` is false). */
  holds(rule: Rule, context: RuleContext): boolean;
}

/**
 * Wraps json-logic-engine's interpreter. We call `run`, never `build`: `build` compiles rules with
 * `eval`, which STACK.md rules out. `run` caches an optimised closure tree per rule object, so
 * rules that live in a (frozen, reused) definition are prepared once.
 */
export function createRuleEvaluator(): RuleEvaluator {
  // One engine per evaluator: its optimisation cache is per instance, so no state leaks between
  // unrelated definitions or tests.
  const engine = new LogicEngine();
  const value = (rule: Rule, context: RuleContext): unknown => {
    if (rule === null || typeof rule !== 'object') return rule;
    try {
      return engine.run(rule, context);
    } catch {
      return undefined;
    }
  };
  return {
    value,
    holds: (rule, context) => Boolean(engine.truthy(value(rule, context))),
  };
}
