/**
 * Pure edits of a negotiation flow's offer policy: plan kinds, plan-policy numbers, the eligibility
 * rule and the authority matrix. Amounts are typed in yuan and stored as integer fen, exactly (digit
 * strings and BigInt, never binary floating point).
 */
import type {
  AuthorityMatrix,
  FlowDefinition,
  OfferPolicy,
  PlanPolicy,
  RepaymentPlanKind,
  RoleAuthority,
  Rule,
} from '@parley/engine';
import { withFields } from './step-edits';

const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/** `1,234.5` / `¥80` → integer fen; null unless an amount of yuan with at most two decimals. */
export function yuanToFen(text: string): number | null {
  const cleaned = text.replace(/[\s,，]/g, '').replace(/^[¥￥]/, '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const fen = BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return fen > MAX_FEN ? null : Number(fen);
}

/** Integer fen → yuan as an input shows it: `500000` → `5000`, `123456` → `1234.56`. */
export function fenToYuanText(fen: number): string {
  const value = BigInt(fen);
  const yuan = (value / 100n).toString();
  const cents = value % 100n;
  if (cents === 0n) return yuan;
  return `${yuan}.${cents.toString().padStart(2, '0').replace(/0$/, '')}`;
}

/** A decimal percentage as typed: `12.5` ok, `-1`, `abc`, `1e3` not. */
export function isPercentText(text: string): boolean {
  return /^\d{1,3}(?:\.\d{1,6})?$/.test(text.trim()) && Number(text) <= 100;
}

export const EMPTY_AUTHORITY: RoleAuthority = {
  maxWaiverPercent: '0',
  maxWaiverFen: 0,
  maxTermMonths: 0,
  maxDiscountPercent: '0',
};

/** What a negotiation flow starts with when it has no offer policy yet. */
export function defaultOfferPolicy(doc: FlowDefinition): OfferPolicy {
  const first = doc.roles[0]?.key;
  return {
    allowedKinds: ['equalInstalment'],
    planPolicy: { maxInstalmentMonths: 60 },
    authority: {
      escalationOrder: first ? [first] : [],
      roles: first ? { [first]: EMPTY_AUTHORITY } : {},
    },
  };
}

function withOffer(doc: FlowDefinition, change: (p: OfferPolicy) => OfferPolicy): FlowDefinition {
  const before = doc.offerPolicy ?? defaultOfferPolicy(doc);
  const after = change(before);
  return after === doc.offerPolicy ? doc : { ...doc, offerPolicy: after };
}

export function setAllowedKinds(doc: FlowDefinition, kinds: readonly RepaymentPlanKind[]): FlowDefinition {
  return withOffer(doc, (p) => ({ ...p, allowedKinds: [...kinds] }));
}

/** Sets (or removes, with `undefined`) plan-policy numbers such as `maxInstalmentMonths`. */
export function setPlanPolicy(
  doc: FlowDefinition,
  patch: Partial<Record<keyof PlanPolicy, unknown>>,
): FlowDefinition {
  return withOffer(doc, (p) => ({ ...p, planPolicy: withFields(p.planPolicy, patch) }));
}

export function setEligibility(doc: FlowDefinition, rule: Rule | undefined): FlowDefinition {
  return withOffer(doc, (p) => withFields(p, { eligibility: rule }));
}

function withAuthority(doc: FlowDefinition, change: (m: AuthorityMatrix) => AuthorityMatrix): FlowDefinition {
  return withOffer(doc, (p) => {
    const next = change(p.authority);
    return next === p.authority ? p : { ...p, authority: next };
  });
}

export type AuthorityColumn = keyof RoleAuthority;

/**
 * Sets one cell of role `role`'s row from what was typed: percentages as decimal strings, the waiver
 * amount from yuan to fen, the term as whole months. Returns null when the text is not a valid value.
 */
export function setAuthorityCell(
  doc: FlowDefinition,
  role: string,
  column: AuthorityColumn,
  text: string,
): FlowDefinition | null {
  let value: string | number;
  if (column === 'maxWaiverFen') {
    const fen = yuanToFen(text);
    if (fen === null) return null;
    value = fen;
  } else if (column === 'maxTermMonths') {
    if (!/^\d{1,4}$/.test(text.trim())) return null;
    value = Number(text.trim());
  } else {
    if (!isPercentText(text)) return null;
    value = text.trim();
  }
  return withAuthority(doc, (m) => {
    const row = m.roles[role] ?? EMPTY_AUTHORITY;
    if (row[column] === value && m.roles[role]) return m;
    return { ...m, roles: { ...m.roles, [role]: { ...row, [column]: value } } };
  });
}

/** Adds role `role` at the top of the escalation order with no authority yet. */
export function addAuthorityRole(doc: FlowDefinition, role: string): FlowDefinition {
  return withAuthority(doc, (m) =>
    m.escalationOrder.includes(role)
      ? m
      : {
          escalationOrder: [...m.escalationOrder, role],
          roles: { ...m.roles, [role]: m.roles[role] ?? EMPTY_AUTHORITY },
        },
  );
}

export function removeAuthorityRole(doc: FlowDefinition, role: string): FlowDefinition {
  return withAuthority(doc, (m) => {
    if (!m.escalationOrder.includes(role) && !(role in m.roles)) return m;
    const roles = Object.fromEntries(Object.entries(m.roles).filter(([k]) => k !== role));
    return { escalationOrder: m.escalationOrder.filter((k) => k !== role), roles };
  });
}

/** The escalation order in a new sequence (from a drag); must hold the same roles. */
export function setEscalationOrder(doc: FlowDefinition, order: readonly string[]): FlowDefinition {
  return withAuthority(doc, (m) => {
    const same =
      order.length === m.escalationOrder.length && order.every((k) => m.escalationOrder.includes(k));
    if (!same || order.every((k, i) => m.escalationOrder[i] === k)) return m;
    return { ...m, escalationOrder: [...order] };
  });
}

/** Moves role `role` one place up (−1) or down (+1) in the escalation order. */
export function moveInEscalation(doc: FlowDefinition, role: string, delta: number): FlowDefinition {
  const order = doc.offerPolicy?.authority.escalationOrder ?? [];
  const at = order.indexOf(role);
  const to = at + delta;
  if (at < 0 || to < 0 || to >= order.length) return doc;
  const next = [...order];
  next.splice(at, 1);
  next.splice(to, 0, role);
  return setEscalationOrder(doc, next);
}
