import type { LocalizedText } from '../shared/localized-text';

/**
 * The agreement a customer signs, as the flow's supervisor wrote it: clauses whose bodies may name
 * variables in double braces (`{{customer.name}}`, `{{schedule}}` …, the closed list in
 * `AGREEMENT_VARIABLES`). Rendered with a case's values by `renderAgreement`, shown to the customer
 * before signing and printed into the signed PDF.
 */
export interface AgreementTemplate {
  /**
   * The bank party as the agreement names it (`{{bank.name}}`), e.g. 示例银行股份有限公司信用卡中心.
   * Absent: `DEFAULT_BANK_NAME`.
   */
  readonly bankName?: LocalizedText;
  readonly clauses: readonly AgreementClause[];
}

export interface AgreementClause {
  /** Stable within the template (unique). */
  readonly key: string;
  readonly title: LocalizedText;
  /** Text with `{{variable}}` placeholders; line breaks are kept. */
  readonly body: LocalizedText;
}

/** One variable a clause may name: its name inside the braces and what the designer's picker shows. */
export interface AgreementVariable {
  readonly name: string;
  readonly label: LocalizedText;
  /** Has a value only when the case has an offer (a repayment plan); `—` otherwise. */
  readonly needsPlan: boolean;
}

/** One row of the schedule as printed: every cell already formatted (money in yuan from fen). */
export interface AgreementScheduleRow {
  readonly period: string;
  readonly dueDate: string;
  readonly principal: string;
  readonly interest: string;
  readonly fee: string;
  readonly total: string;
}

/** A piece of a rendered clause body: text (line breaks kept) or the repayment schedule as a table. */
export type AgreementPart =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'schedule';
      readonly rows: readonly AgreementScheduleRow[];
      /** The totals row (`合计` / `Total`). */
      readonly total: AgreementScheduleRow;
    };

export interface RenderedAgreementClause {
  readonly key: string;
  readonly title: string;
  /** The body in pieces, for a document or page that draws the schedule as a table. */
  readonly parts: readonly AgreementPart[];
  /** The whole body as plain text (the schedule as one line per instalment). */
  readonly text: string;
}
