/**
 * The flow's agreement text as the settings panel changes it: set or drop (`undefined` means "use the
 * default text"), and how typing joins the undo history (one step per clause being typed in).
 */
import type { AgreementTemplate, FlowDefinition } from '@parley/engine';

export function setAgreement(doc: FlowDefinition, agreement: AgreementTemplate | undefined): FlowDefinition {
  if (agreement === undefined) {
    if (doc.agreement === undefined) return doc;
    const { agreement: _dropped, ...rest } = doc;
    return rest;
  }
  return { ...doc, agreement };
}

export function agreementCoalesceKey(
  before: AgreementTemplate | undefined,
  after: AgreementTemplate | undefined,
): string | undefined {
  if (!before || !after || before.clauses.length !== after.clauses.length) return undefined;
  let changed: string | null = null;
  for (let i = 0; i < before.clauses.length; i++) {
    const x = before.clauses[i]!;
    const y = after.clauses[i]!;
    if (x.key !== y.key) return undefined;
    if (x !== y) {
      if (changed !== null) return undefined;
      changed = x.key;
    }
  }
  if (changed !== null) return before.bankName === after.bankName ? `agreement:clause:${changed}` : undefined;
  return before.bankName !== after.bankName ? 'agreement:bank' : undefined;
}
