/**
 * The regulator's complaint report (JR/T 0169-2018: channel × business type × cause; docs/insight.md
 * "The complaint report"), read from buckets of kind `report` only.
 *
 * Each complaint case (a case of a COMPLAINT-kind flow) has exactly one share in those buckets: the
 * bucket of the Asia/Shanghai day it was **received**, its **current** dimensions, and its end outcome
 * (the bucket's `step`, once closed), with the counters `received: 1` and one of `open`,
 * `closed` + `closedOnTime`/`extended`/`late`, or nothing more once cancelled. The fold moves the share
 * (−old, +new) whenever the case is reassigned, migrated, closed or cancelled (insight-fold.ts), so the
 * report for a period is the sum of that period's buckets, and it reconciles with the `cases` list
 * filtered on the same received days and current dimensions.
 *
 * The business type and cause are the case category's JR/T codes, looked up when the report is read
 * (categories are few); the bucket keeps the category id.
 */
import { Types, trusted } from 'mongoose';
import type { Viewer } from '../../access';
import type { ComplaintCategoryModel } from '../../complaint-categories/complaint-category.model';
import { periodBuckets, type InsightFilterInput } from '../insight-query.service';
import type { InsightModels } from '../insight.model';

export const REPORT_COUNTERS = ['received', 'closed', 'closedOnTime', 'extended', 'late', 'open'] as const;
type Counter = (typeof REPORT_COUNTERS)[number];

export interface ComplaintReportRow extends Record<Counter, number> {
  channel: string;
  businessType: string;
  cause: string;
  onTimeShare: number | null;
  outcomes: { outcome: string; count: number }[];
}

export interface ReportShareBucket {
  channel: string;
  category: string;
  step: string;
  c: Record<string, number>;
}

export type JrtCodes = ReadonlyMap<string, { businessType: string; cause: string }>;

function emptyRow(channel: string, businessType: string, cause: string): ComplaintReportRow {
  const zeros = { received: 0, closed: 0, closedOnTime: 0, extended: 0, late: 0, open: 0 };
  return { channel, businessType, cause, ...zeros, onTimeShare: null, outcomes: [] };
}

/** Sums the buckets into rows (channel × business type × cause) and the totals row (pure). */
export function reportRows(
  buckets: readonly ReportShareBucket[],
  codes: JrtCodes,
): { rows: ComplaintReportRow[]; totals: ComplaintReportRow } {
  const rows = new Map<string, { row: ComplaintReportRow; outcomes: Map<string, number> }>();
  const totals = { row: emptyRow('', '', ''), outcomes: new Map<string, number>() };
  for (const b of buckets) {
    const code = codes.get(b.category) ?? { businessType: '', cause: '' };
    const key = JSON.stringify([b.channel, code.businessType, code.cause]);
    let entry = rows.get(key);
    if (!entry) {
      entry = { row: emptyRow(b.channel, code.businessType, code.cause), outcomes: new Map() };
      rows.set(key, entry);
    }
    for (const target of [entry, totals]) {
      for (const n of REPORT_COUNTERS) target.row[n] += b.c[n] ?? 0;
      const closed = b.c['closed'] ?? 0;
      if (closed !== 0) target.outcomes.set(b.step, (target.outcomes.get(b.step) ?? 0) + closed);
    }
  }
  const finish = ({ row, outcomes }: { row: ComplaintReportRow; outcomes: Map<string, number> }) => ({
    ...row,
    onTimeShare: row.closed > 0 ? (row.closedOnTime + row.extended) / row.closed : null,
    outcomes: [...outcomes]
      .filter(([, count]) => count !== 0)
      .map(([outcome, count]) => ({ outcome, count }))
      .sort((a, b) => a.outcome.localeCompare(b.outcome)),
  });
  const list = [...rows.values()]
    .map(finish)
    .filter((r) => REPORT_COUNTERS.some((n) => r[n] !== 0))
    .sort(
      (a, b) =>
        a.channel.localeCompare(b.channel) ||
        a.businessType.localeCompare(b.businessType) ||
        a.cause.localeCompare(b.cause),
    );
  return { rows: list, totals: finish(totals) };
}

/** The JR/T codes of the given categories (local ids). */
async function jrtCodes(categories: ComplaintCategoryModel, ids: string[]): Promise<JrtCodes> {
  const valid = [...new Set(ids)].filter((id) => Types.ObjectId.isValid(id));
  const out = new Map<string, { businessType: string; cause: string }>();
  if (valid.length === 0) return out;
  const docs = await categories
    .find({ _id: trusted({ $in: valid.map((id) => new Types.ObjectId(id)) }) })
    .select({ regulatoryCodes: 1 })
    .lean()
    .exec();
  for (const d of docs)
    out.set(String(d._id), {
      businessType: d.regulatoryCodes?.jrtBusinessType ?? '',
      cause: d.regulatoryCodes?.jrtCause ?? '',
    });
  return out;
}

export async function complaintReport(
  models: InsightModels & { ComplaintCategory: ComplaintCategoryModel },
  viewer: Viewer,
  filter: InsightFilterInput,
) {
  const slice = await periodBuckets(models, viewer, 'report', filter);
  const codes = await jrtCodes(
    models.ComplaintCategory,
    slice.buckets.map((b) => b.category).filter(Boolean),
  );
  return { from: slice.from, to: slice.to, ...reportRows(slice.buckets, codes) };
}
