/**
 * GraphQL of the insight roll-ups (schema.graphql `# ---- insight ----`). Permissions are in
 * graphql/authorization.ts: the queries need `case.assign` (supervisors), the rebuild `user.manage`.
 */
import type { GraphQLContext } from '../../graphql/context';
import { insightLag, type InsightFollowerModels } from './insight-follower';
import { startGeneration } from './insight-store';
import { onSnapshot } from './insight-read';
import { insightFindings } from './insight-findings';
import { insightSatisfaction } from './insight-satisfaction';
import { complaintReport } from './report/complaint-report';
import {
  groupKey,
  perDay,
  perGroup,
  periodBuckets,
  runningBuckets,
  sum,
  type InsightFilterInput,
} from './insight-query.service';

type Args = { filter: InsightFilterInput };
type SatisfactionArgs = Args & { surveyKey?: string | null };
const VOLUME = ['opened', 'closed', 'cancelled'] as const;
const SLA = [
  'slaBreaches',
  'slaMet',
  'slaMissed',
  'regOnTime',
  'regExtended',
  'regLate',
  'deadlineExtensions',
];
const NEGOTIATION = [
  'offersProposed',
  'offersAccepted',
  'offersChangesRequested',
  'agreementsSigned',
  'restructuredFen',
  'waivedFen',
];

const volumeGroup = (g: { key: string; counts: Record<string, number> }) => ({
  key: g.key,
  opened: g.counts['opened'] ?? 0,
  closed: g.counts['closed'] ?? 0,
  cancelled: g.counts['cancelled'] ?? 0,
});

const models = (ctx: GraphQLContext) => ctx.models as unknown as InsightFollowerModels;

function slaFigures(day: string, c: Record<string, number>) {
  return {
    day,
    breaches: c['slaBreaches'] ?? 0,
    met: c['slaMet'] ?? 0,
    missed: c['slaMissed'] ?? 0,
    regulatoryOnTime: c['regOnTime'] ?? 0,
    regulatoryExtended: c['regExtended'] ?? 0,
    regulatoryLate: c['regLate'] ?? 0,
    extensions: c['deadlineExtensions'] ?? 0,
  };
}

function negotiationFigures(day: string, c: Record<string, number>) {
  return {
    day,
    offersProposed: c['offersProposed'] ?? 0,
    offersAccepted: c['offersAccepted'] ?? 0,
    changesRequested: c['offersChangesRequested'] ?? 0,
    agreementsSigned: c['agreementsSigned'] ?? 0,
    restructured: String(c['restructuredFen'] ?? 0),
    waived: String(c['waivedFen'] ?? 0),
  };
}

const status = (ctx: GraphQLContext) => insightLag(models(ctx));

/** A query's key on a snapshot: its name, its arguments and the departments the caller may see. */
function snapshotKey(name: string, filter: InsightFilterInput, ctx: GraphQLContext): string {
  const v = ctx.viewer;
  const scope =
    v.kind !== 'user' || v.permissions.has('case.all-departments')
      ? '*'
      : [...v.departments].sort().join(',');
  return JSON.stringify([name, filter, scope]);
}

export const insightResolvers = {
  Query: {
    insightVolume: (_: unknown, { filter }: Args, ctx: GraphQLContext) =>
      onSnapshot(models(ctx), snapshotKey('insightVolume', filter, ctx), async () => {
        const slice = await periodBuckets(models(ctx), ctx.viewer, 'case', filter);
        const running = await runningBuckets(models(ctx), ctx.viewer, 'case', filter);
        const steps = await runningBuckets(models(ctx), ctx.viewer, 'step', filter);
        const totals = sum(slice.buckets, VOLUME);
        const all = sum(running, VOLUME);
        return {
          days: perDay(slice, VOLUME).map((d) => ({ day: d.day, ...d.counts })),
          ...totals,
          openNow: (all['opened'] ?? 0) - (all['closed'] ?? 0) - (all['cancelled'] ?? 0),
          byChannel: perGroup(slice.buckets, groupKey.channel, VOLUME).map(volumeGroup),
          byFlow: perGroup(slice.buckets, groupKey.flow, VOLUME).map(volumeGroup),
          byCategory: perGroup(slice.buckets, groupKey.category, VOLUME).map(volumeGroup),
          byDepartment: perGroup(slice.buckets, groupKey.department, VOLUME).map(volumeGroup),
          backlog: perGroup(steps, groupKey.step, ['entered', 'left'])
            .map((g) => ({ step: g.key, count: (g.counts['entered'] ?? 0) - (g.counts['left'] ?? 0) }))
            .filter((g) => g.count !== 0),
        };
      }),
    insightTimeInStep: (_: unknown, { filter }: Args, ctx: GraphQLContext) =>
      onSnapshot(models(ctx), snapshotKey('insightTimeInStep', filter, ctx), async () => {
        const slice = await periodBuckets(models(ctx), ctx.viewer, 'step', filter);
        const names = ['entered', 'left', 'durationMs', 'durations'];
        const steps = perGroup(slice.buckets, groupKey.step, names).map(({ key, counts: c }) => ({
          step: key,
          entered: c['entered'] ?? 0,
          left: c['left'] ?? 0,
          totalMs: c['durationMs'] ?? 0,
          count: c['durations'] ?? 0,
          averageMs: c['durations'] ? (c['durationMs'] ?? 0) / c['durations'] : null,
        }));
        steps.sort((a, b) => (b.averageMs ?? -1) - (a.averageMs ?? -1) || a.step.localeCompare(b.step));
        return {
          steps,
          days: perDay(slice, names).map((d) => ({
            day: d.day,
            totalMs: d.counts['durationMs'] ?? 0,
            count: d.counts['durations'] ?? 0,
          })),
        };
      }),
    insightSla: (_: unknown, { filter }: Args, ctx: GraphQLContext) =>
      onSnapshot(models(ctx), snapshotKey('insightSla', filter, ctx), async () => {
        const slice = await periodBuckets(models(ctx), ctx.viewer, 'case', filter);
        const totals = sum(slice.buckets, SLA);
        const met = totals['slaMet'] ?? 0;
        const missed = totals['slaMissed'] ?? 0;
        return {
          days: perDay(slice, SLA).map((d) => slaFigures(d.day, d.counts)),
          totals: slaFigures(filter.to, totals),
          compliance: met + missed > 0 ? met / (met + missed) : null,
        };
      }),
    insightNegotiation: (_: unknown, { filter }: Args, ctx: GraphQLContext) =>
      onSnapshot(models(ctx), snapshotKey('insightNegotiation', filter, ctx), async () => {
        const slice = await periodBuckets(models(ctx), ctx.viewer, 'case', filter);
        const plans = await periodBuckets(models(ctx), ctx.viewer, 'plan', filter);
        return {
          days: perDay(slice, NEGOTIATION).map((d) => negotiationFigures(d.day, d.counts)),
          totals: negotiationFigures(filter.to, sum(slice.buckets, NEGOTIATION)),
          byPlanKind: perGroup(plans.buckets, groupKey.step, NEGOTIATION).map((g) => {
            const {
              day: _day,
              changesRequested: _c,
              offersAccepted: _a,
              ...figures
            } = negotiationFigures('', g.counts);
            return { kind: g.key, ...figures };
          }),
        };
      }),
    insightStatus: (_: unknown, __: unknown, ctx: GraphQLContext) => status(ctx),
    insightSatisfaction: (_: unknown, { filter, surveyKey }: SatisfactionArgs, ctx: GraphQLContext) =>
      insightSatisfaction(models(ctx), ctx.viewer, filter, surveyKey),
    insightFindings: (_: unknown, { filter }: Args, ctx: GraphQLContext) =>
      insightFindings(models(ctx), ctx.viewer, filter),
    complaintReport: (_: unknown, { filter }: Args, ctx: GraphQLContext) =>
      complaintReport(
        { ...models(ctx), ComplaintCategory: ctx.models.ComplaintCategory },
        ctx.viewer,
        filter,
      ),
  },
  Mutation: {
    async rebuildInsight(_: unknown, __: unknown, ctx: GraphQLContext) {
      await startGeneration(models(ctx), new Date());
      return status(ctx);
    },
  },
};
