import type { Problem } from '../shared/problem.types';
import type { FlowDefinition } from '../definition/flow-definition.types';
import type { PluginRegistry } from '../plugins/registry';
import { defaultRegistry } from '../plugins/built-in-plugins';
import { createValidationContext } from './validation-context';
import { checkStructure } from './structure-checks';
import { checkGraph } from './graph-checks';
import { checkRules } from './rule-checks';
import { checkPolicies } from './policy-checks';
import { checkAgreement } from '../agreement/check-agreement';

export interface ValidateOptions {
  readonly registry?: PluginRegistry;
  /** Business calendars that exist on the host; SLAs referring to others are reported. */
  readonly knownCalendarIds?: readonly string[];
}

export interface ValidationResult {
  /** No errors (warnings allowed): the definition may be published. */
  readonly ok: boolean;
  /** Every problem found, with a path into the definition and a message in zh-CN and English. */
  readonly problems: readonly Problem[];
}

/** The calendar the time module ships (`createChinaBusinessCalendar`). */
export const DEFAULT_CALENDAR_IDS: readonly string[] = ['cn-mainland'];

/**
 * Checks a flow definition and returns every problem at once (never stops at the first): structure
 * and keys, references, reachability and dead ends, cycles without exit, split/join pairing, rule
 * types against the flow's fields, roles, SLA calendars, the offer policy and the agreement text.
 */
export function validateDefinition(
  definition: FlowDefinition,
  options: ValidateOptions = {},
): ValidationResult {
  const ctx = createValidationContext(definition, options.registry ?? defaultRegistry);
  checkStructure(ctx);
  checkGraph(ctx);
  checkRules(ctx);
  checkPolicies(ctx, new Set(options.knownCalendarIds ?? DEFAULT_CALENDAR_IDS));
  if (definition.agreement)
    ctx.problems.push(...checkAgreement(definition.agreement, { hasOfferPolicy: !!definition.offerPolicy }));
  return { ok: !ctx.problems.some((p) => p.severity === 'error'), problems: ctx.problems };
}
