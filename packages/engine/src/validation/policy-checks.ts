import { assertAuthorityMatrix, isFinanceError } from '../finance/index';
import { referencedCalendarIds, validateSlaPolicy } from '../time/index';
import { OFFER_KINDS } from '../definition/rule-scope';
import type { ValidationContext } from './validation-context';
import { report } from './validation-context';
import { WHAT } from './validation-messages';

/** SLA (calendars, clock settings), offer policy (authority matrix, plan kinds), regulatory clock. */
export function checkPolicies(ctx: ValidationContext, knownCalendarIds: ReadonlySet<string>): void {
  const def = ctx.definition;
  const roles = new Set(def.roles.map((r) => r.key));
  const sla = def.sla;
  if (sla) {
    const ids = new Set<string>();
    sla.rules.forEach((rule, i) => {
      const path = `sla.rules[${i}].policy`;
      if (ids.has(rule.policy.id))
        report(ctx, 'DUPLICATE_KEY', `${path}.id`, { what: WHAT.sla, key: rule.policy.id });
      ids.add(rule.policy.id);
      for (const p of validateSlaPolicy(rule.policy))
        ctx.problems.push({ code: p.code, path: `${path}.${p.path}`, message: p.message, severity: 'error' });
      for (const id of referencedCalendarIds(rule.policy))
        if (!knownCalendarIds.has(id)) report(ctx, 'UNKNOWN_CALENDAR', `${path}.calendarId`, { ref: id });
      (rule.policy.pauseInStates ?? []).forEach((key, j) => {
        if (!ctx.steps.has(key))
          report(ctx, 'UNKNOWN_TRANSITION_STEP', `${path}.pauseInStates[${j}]`, { ref: key });
      });
    });
    const clock = sla.regulatoryComplaintClock;
    if (clock) {
      if (!knownCalendarIds.has(clock.calendarId))
        report(ctx, 'UNKNOWN_CALENDAR', 'sla.regulatoryComplaintClock.calendarId', { ref: clock.calendarId });
      if (!roles.has(clock.furtherExtensionApproverRole))
        report(ctx, 'UNKNOWN_ROLE', 'sla.regulatoryComplaintClock.furtherExtensionApproverRole', {
          ref: clock.furtherExtensionApproverRole,
        });
    }
  }
  const offer = def.offerPolicy;
  if (offer) {
    offer.allowedKinds.forEach((kind, i) => {
      if (!OFFER_KINDS.includes(kind))
        ctx.problems.push({
          code: 'UNKNOWN_PLAN_KIND',
          path: `offerPolicy.allowedKinds[${i}]`,
          message: { zh: `未知的方案类型「${kind}」`, en: `Unknown plan type "${kind}"` },
          severity: 'error',
        });
    });
    offer.authority.escalationOrder.forEach((role, i) => {
      if (!roles.has(role))
        report(ctx, 'UNKNOWN_ROLE', `offerPolicy.authority.escalationOrder[${i}]`, { ref: role });
    });
    try {
      assertAuthorityMatrix(offer.authority);
    } catch (error: unknown) {
      if (!isFinanceError(error)) throw error;
      report(ctx, 'AUTHORITY_INVALID', `offerPolicy.authority${error.path ? `.${error.path}` : ''}`, {
        reason: error.messages,
      });
    }
  }
}
