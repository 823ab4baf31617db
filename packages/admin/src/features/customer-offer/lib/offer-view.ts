/**
 * What the customer page shows of a plan, as plain strings: amounts in yuan from fen (exact, see
 * shared/lib/money), the kind in words via an i18n key, the annualised rate as a percentage.
 */
import type { PlanPreviewFieldsFragment } from '../../../generated/graphql';
import { formatCny, formatPercent, formatYuan } from '../../../shared/lib/money';

export const PLAN_KINDS = [
  'equalInstalment',
  'equalPrincipal',
  'instalmentWithFee',
  'interestFrozen',
  'extension',
  'lumpSumSettlement',
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export function isPlanKind(kind: string): kind is PlanKind {
  return (PLAN_KINDS as readonly string[]).includes(kind);
}

export interface PlanSummaryView {
  /** Known kinds are named through i18n; an unknown one is shown as sent. */
  kind: PlanKind | null;
  rawKind: string;
  owed: string;
  forgiven: string;
  downPayment: string;
  totalDue: string;
  termMonths: number;
  /** `6.17%`, or null when the plan has no cost. */
  annualisedRate: string | null;
}

export interface ScheduleRowView {
  period: number;
  dueDate: string;
  principal: string;
  interest: string;
  fee: string;
  total: string;
  remaining: string;
}

export function planSummary(plan: PlanPreviewFieldsFragment): PlanSummaryView {
  return {
    kind: isPlanKind(plan.kind) ? plan.kind : null,
    rawKind: plan.kind,
    owed: formatCny(plan.owedTotal.fen),
    forgiven: formatCny(plan.forgiven.fen),
    downPayment: formatCny(plan.downPayment.fen),
    totalDue: formatCny(plan.totalDue.fen),
    termMonths: plan.termMonths,
    annualisedRate: plan.annualisedRate ? formatPercent(plan.annualisedRate) : null,
  };
}

export function scheduleRows(plan: PlanPreviewFieldsFragment): ScheduleRowView[] {
  return plan.schedule.map((row) => ({
    period: row.period,
    dueDate: row.dueDate,
    principal: formatYuan(row.principal.fen),
    interest: formatYuan(row.interest.fen),
    fee: formatYuan(row.fee.fen),
    total: formatYuan(row.total.fen),
    remaining: formatYuan(row.remainingPrincipal.fen),
  }));
}

/** The agreement PDF as a Blob, from `CustomerView.agreementPdfBase64`. */
export function pdfBlob(base64: string): Blob {
  const binary = atob(base64.replace(/^data:application\/pdf;base64,/, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'application/pdf' });
}
