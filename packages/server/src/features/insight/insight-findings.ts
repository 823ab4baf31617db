/**
 * Complaint findings (溯源整改, docs/insight.md "Findings"): buckets of kind `finding`, one per day,
 * root cause (the bucket's `step`) and the case's dimensions at the `complaintFindingRecorded` event.
 */
import type { Viewer } from '../access';
import { groupKey, perGroup, periodBuckets, sum, type InsightFilterInput } from './insight-query.service';
import type { InsightModels } from './insight.model';

const N = ['findings'];

export async function insightFindings(models: InsightModels, viewer: Viewer, filter: InsightFilterInput) {
  const { buckets } = await periodBuckets(models, viewer, 'finding', filter);
  const count = (g: { counts: Record<string, number> }) => g.counts['findings'] ?? 0;
  const byCause = perGroup(buckets, (b) => b.step, N)
    .map((g) => ({ rootCause: g.key, count: count(g) }))
    .filter((g) => g.count !== 0)
    .sort((a, b) => b.count - a.count || a.rootCause.localeCompare(b.rootCause));
  const byCategory = perGroup(buckets, (b) => JSON.stringify([groupKey.category(b), b.step]), N)
    .map((g) => {
      const [category, rootCause] = JSON.parse(g.key) as [string, string];
      return { category, rootCause, count: count(g) };
    })
    .filter((g) => g.count !== 0);
  const days = perGroup(buckets, (b) => `${b.day}|${b.step}`, N)
    .map((g) => ({ day: g.key.slice(0, 10), rootCause: g.key.slice(11), count: count(g) }))
    .filter((g) => g.count !== 0);
  return { total: sum(buckets, N)['findings'] ?? 0, byCause, byCategory, days };
}
