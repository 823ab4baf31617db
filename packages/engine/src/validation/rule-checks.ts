import type { Rule, RuleResultType } from '../rules/rule.types';
import { checkRule } from '../rules/check-rule';
import { buildRuleScope } from '../definition/rule-scope';
import type { ValidationContext } from './validation-context';

/**
 * Type-checks every rule in the definition against the flow's fields: transition guards, field
 * visibility / requirement / options, assignment, SLA selection and offer eligibility.
 */
export function checkRules(ctx: ValidationContext): void {
  const def = ctx.definition;
  const scope = buildRuleScope(def, ctx.registry);
  const check = (rule: Rule | undefined, path: string, expect: RuleResultType): void => {
    if (rule === undefined) return;
    ctx.problems.push(...checkRule(rule, scope, { path, expect }));
  };
  def.transitions.forEach((t, i) => check(t.guard, `transitions[${i}].guard`, 'boolean'));
  def.forms.forEach((form, fi) =>
    form.elements.forEach((field, i) => {
      const path = `forms[${fi}].elements[${i}]`;
      check(field.visibleWhen, `${path}.visibleWhen`, 'boolean');
      check(field.requiredWhen, `${path}.requiredWhen`, 'boolean');
      if ('choices' in field)
        field.choices.forEach((c, ci) =>
          check(c.visibleWhen, `${path}.choices[${ci}].visibleWhen`, 'boolean'),
        );
    }),
  );
  def.steps.forEach((step, i) => {
    if (step.assignTo && 'rule' in step.assignTo) {
      check(step.assignTo.rule, `steps[${i}].assignTo.rule`, 'string');
      checkAssignedRoles(ctx, step.assignTo.rule, `steps[${i}].assignTo.rule`);
    }
  });
  def.sla?.rules.forEach((r, i) => check(r.selectWhen, `sla.rules[${i}].selectWhen`, 'boolean'));
  check(def.offerPolicy?.eligibility, 'offerPolicy.eligibility', 'boolean');
}

/** String results of an assignment rule (the branches of its `if`) must be role keys. */
function checkAssignedRoles(ctx: ValidationContext, rule: Rule, path: string): void {
  const roles = new Set(ctx.definition.roles.map((r) => r.key));
  const results = (node: Rule): string[] => {
    if (typeof node === 'string') return [node];
    if (node !== null && typeof node === 'object' && !Array.isArray(node) && 'if' in node) {
      const args = (node as { readonly if: readonly Rule[] }).if;
      return Array.isArray(args)
        ? args.filter((_, i) => i % 2 === 1 || i === args.length - 1).flatMap(results)
        : [];
    }
    return [];
  };
  for (const role of results(rule))
    if (!roles.has(role))
      ctx.problems.push({
        code: 'UNKNOWN_ROLE',
        path,
        message: {
          zh: `分派规则得出的角色「${role}」不存在`,
          en: `The assignment rule yields an unknown role "${role}"`,
        },
        severity: 'error',
      });
}
