/**
 * Edits of an agreement template as pure functions: each returns a new template (the editor never
 * mutates its v-model), plus where a problem of the engine's `checkAgreement` belongs in the editor.
 */
import {
  buildRepaymentPlan,
  type AgreementClause,
  type AgreementTemplate,
  type AgreementValues,
  type Lang,
  type LocalizedText,
  type Problem,
} from '@parley/engine';

export type ClauseField = 'key' | 'title' | 'body';

/** A key not used by any clause yet: `clause-1`, `clause-2`, … */
export function freshClauseKey(template: AgreementTemplate): string {
  const used = new Set(template.clauses.map((c) => c.key));
  let n = template.clauses.length + 1;
  while (used.has(`clause-${n}`)) n += 1;
  return `clause-${n}`;
}

/** The title a new clause starts with (a value of the text, in both languages, not a UI label). */
export const NEW_CLAUSE_TITLE: LocalizedText = { zh: '新条款', en: 'New clause' };

export function addClause(
  template: AgreementTemplate,
  title: LocalizedText = NEW_CLAUSE_TITLE,
): AgreementTemplate {
  const clause: AgreementClause = { key: freshClauseKey(template), title, body: { zh: '', en: '' } };
  return { ...template, clauses: [...template.clauses, clause] };
}

export function removeClause(template: AgreementTemplate, index: number): AgreementTemplate {
  return { ...template, clauses: template.clauses.filter((_, i) => i !== index) };
}

/** Moves clause `index` by `delta` places (−1 up, +1 down); out of range leaves the template as it is. */
export function moveClause(template: AgreementTemplate, index: number, delta: -1 | 1): AgreementTemplate {
  const to = index + delta;
  if (index < 0 || index >= template.clauses.length || to < 0 || to >= template.clauses.length)
    return template;
  const clauses = [...template.clauses];
  const [moved] = clauses.splice(index, 1);
  clauses.splice(to, 0, moved as AgreementClause);
  return { ...template, clauses };
}

export function setClauseKey(template: AgreementTemplate, index: number, key: string): AgreementTemplate {
  return {
    ...template,
    clauses: template.clauses.map((c, i) => (i === index ? { ...c, key } : c)),
  };
}

export function setClauseText(
  template: AgreementTemplate,
  index: number,
  field: 'title' | 'body',
  lang: Lang,
  text: string,
): AgreementTemplate {
  return {
    ...template,
    clauses: template.clauses.map((c, i) =>
      i === index ? { ...c, [field]: { ...c[field], [lang]: text } } : c,
    ),
  };
}

/** Sets one language of the bank party; with both languages empty the template names none (the default). */
export function setBankName(template: AgreementTemplate, lang: Lang, text: string): AgreementTemplate {
  const bankName = { zh: template.bankName?.zh ?? '', en: template.bankName?.en ?? '', [lang]: text };
  const { bankName: _old, ...rest } = template;
  return bankName.zh === '' && bankName.en === '' ? rest : { ...rest, bankName };
}

/**
 * `{{name}}` put in place of the selection `[start, end)` of `text` (at the cursor when they are equal);
 * returns the new text and the cursor after the variable.
 */
export function insertVariable(
  text: string,
  start: number,
  end: number,
  name: string,
): { text: string; cursor: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const token = `{{${name}}}`;
  return { text: text.slice(0, from) + token + text.slice(to), cursor: from + token.length };
}

/** Problems at exactly `path` (e.g. `agreement.clauses[1].body.zh`). */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.path === path);
}

export function clausePath(index: number, field: ClauseField, lang?: Lang): string {
  return `agreement.clauses[${index}].${field}${lang ? `.${lang}` : ''}`;
}

/** Problems that belong to no single field (the whole text, the bank party). */
export function generalProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => !/^agreement\.clauses\[\d+\]\./.test(p.path));
}

/** The preview's case: a customer, a reference and a 12-month equal-instalment plan (fixed, not today's). */
export const SAMPLE_VALUES: AgreementValues = {
  customerName: '张三',
  caseReference: 'NEG-2026-000123',
  plan: buildRepaymentPlan({
    kind: 'equalInstalment',
    owed: { principalFen: 4_500_000, interestFen: 300_000, penaltyInterestFen: 150_000, feesFen: 50_000 },
    waivers: { penaltyInterest: 'all' },
    downPaymentFen: 200_000,
    startDate: '2026-12-01',
    termMonths: 12,
    annualRate: '0.06',
  }),
};
