/**
 * Satisfaction and the complaint rate (docs/insight.md "Satisfaction"), from the buckets only:
 * - kind `survey`: `sent` (surveySent) and `answered` with the NPS/CSAT/CES counters (surveyAnswered),
 *   under the case's dimensions at each event; the bucket's `step` holds the survey key and the outcome
 *   the event carried (insight-fold.ts `surveyStep`);
 * - kind `case`: `opened` (customers served, every flow) and `complaintsOpened` (COMPLAINT-kind flows).
 */
import type { Viewer } from '../access';
import { parseSurveyStep } from './insight-fold';
import {
  groupKey,
  perDay,
  perGroup,
  periodBuckets,
  sum,
  type Bucket,
  type InsightFilterInput,
} from './insight-query.service';
import type { InsightCounters, InsightModels } from './insight.model';

export const SURVEY_COUNTERS = [
  'sent',
  'answered',
  'npsCount',
  'promoters',
  'passives',
  'detractors',
  'csatCount',
  'csatSatisfied',
  'cesCount',
  'cesSum',
] as const;

export interface SatisfactionScores {
  sent: number;
  answered: number;
  responseRate: number | null;
  npsCount: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number | null;
  csatCount: number;
  csatSatisfied: number;
  csat: number | null;
  cesCount: number;
  cesSum: number;
  ces: number | null;
}

const ratio = (n: number, d: number, scale = 1): number | null => (d > 0 ? (n / d) * scale : null);

/** The scores of summed counters: NPS, CSAT, CES and the response rate, null on a 0 denominator. */
export function satisfactionScores(c: InsightCounters): SatisfactionScores {
  const n = (k: string) => c[k] ?? 0;
  return {
    sent: n('sent'),
    answered: n('answered'),
    responseRate: ratio(n('answered'), n('sent')),
    npsCount: n('npsCount'),
    promoters: n('promoters'),
    passives: n('passives'),
    detractors: n('detractors'),
    nps: ratio(n('promoters') - n('detractors'), n('npsCount'), 100),
    csatCount: n('csatCount'),
    csatSatisfied: n('csatSatisfied'),
    csat: ratio(n('csatSatisfied'), n('csatCount')),
    cesCount: n('cesCount'),
    cesSum: n('cesSum'),
    ces: ratio(n('cesSum'), n('cesCount')),
  };
}

/** Complaints per 10,000 customers served; null when none served. */
export const complaintRate = (complaints: number, served: number): number | null =>
  ratio(complaints, served, 10_000);

export async function insightSatisfaction(
  models: InsightModels,
  viewer: Viewer,
  filter: InsightFilterInput,
  surveyKey?: string | null,
) {
  const slice = await periodBuckets(models, viewer, 'survey', filter);
  const buckets = surveyKey
    ? slice.buckets.filter((b) => parseSurveyStep(b.step).surveyKey === surveyKey)
    : slice.buckets;
  const groups = (group: (b: Bucket) => string) =>
    perGroup(buckets, group, SURVEY_COUNTERS).map((g) => ({
      key: g.key,
      scores: satisfactionScores(g.counts),
    }));
  const cases = await periodBuckets(models, viewer, 'case', filter);
  const served = sum(cases.buckets, ['opened', 'complaintsOpened']);
  return {
    totals: satisfactionScores(sum(buckets, SURVEY_COUNTERS)),
    days: perDay({ ...slice, buckets }, SURVEY_COUNTERS).map((d) => ({
      day: d.day,
      scores: satisfactionScores(d.counts),
    })),
    byAgent: groups(groupKey.agent),
    byFlow: groups(groupKey.flow),
    byCategory: groups(groupKey.category),
    byOutcome: groups((b) => parseSurveyStep(b.step).outcome),
    complaintRate: complaintRate(served['complaintsOpened'] ?? 0, served['opened'] ?? 0),
    complaintsOpened: served['complaintsOpened'] ?? 0,
    customersServed: served['opened'] ?? 0,
    complaintRateDays: perDay(cases, ['opened', 'complaintsOpened']).map((d) => ({
      day: d.day,
      complaints: d.counts['complaintsOpened'] ?? 0,
      served: d.counts['opened'] ?? 0,
      rate: complaintRate(d.counts['complaintsOpened'] ?? 0, d.counts['opened'] ?? 0),
    })),
  };
}
