/**
 * Each tab's query and shaper: `load` fetches the tab's figures for a filter and returns a function that
 * shapes them for a language (so a language switch re-labels without fetching again).
 */
import type { Client } from '@urql/vue';
import type { InsightFilter } from '../../../generated/graphql';
import { toAppError, type Outcome } from '../../../shared/lib/graphql-error';
import {
  complaintReportQuery,
  insightFindingsQuery,
  insightNegotiationQuery,
  insightSatisfactionQuery,
  insightTimeQuery,
  insightVolumeQuery,
} from '../api/insight.documents';
import type { InsightTab } from '../lib/insight-filter';
import { negotiationView, timeView, volumeView, type TabView } from '../lib/operations-shapes';
import { findingsView, reportView, satisfactionView } from '../lib/quality-shapes';
import type { ShapeContext } from '../lib/shape-context';

export type Shaper = (ctx: ShapeContext) => TabView;

const OPTS = { requestPolicy: 'network-only' } as const;

export async function loadTab(
  client: Client,
  tab: InsightTab,
  filter: InsightFilter,
): Promise<Outcome<Shaper>> {
  const variables = { filter };
  switch (tab) {
    case 'volume': {
      const r = await client.query(insightVolumeQuery, variables, OPTS).toPromise();
      const d = r.data;
      return d ? { ok: true, value: (ctx) => volumeView(d.insightVolume, ctx) } : fail(r.error);
    }
    case 'time': {
      const r = await client.query(insightTimeQuery, variables, OPTS).toPromise();
      const d = r.data;
      return d ? { ok: true, value: (ctx) => timeView(d, ctx) } : fail(r.error);
    }
    case 'negotiation': {
      const r = await client.query(insightNegotiationQuery, variables, OPTS).toPromise();
      const d = r.data;
      return d ? { ok: true, value: (ctx) => negotiationView(d, ctx) } : fail(r.error);
    }
    case 'satisfaction': {
      const r = await client.query(insightSatisfactionQuery, variables, OPTS).toPromise();
      const d = r.data;
      return d ? { ok: true, value: (ctx) => satisfactionView(d.insightSatisfaction, ctx) } : fail(r.error);
    }
    case 'findings': {
      const r = await client.query(insightFindingsQuery, variables, OPTS).toPromise();
      const d = r.data;
      return d ? { ok: true, value: (ctx) => findingsView(d.insightFindings, ctx) } : fail(r.error);
    }
    case 'report': {
      const r = await client.query(complaintReportQuery, variables, OPTS).toPromise();
      const d = r.data;
      return d ? { ok: true, value: (ctx) => reportView(d.complaintReport, ctx) } : fail(r.error);
    }
  }
}

function fail(error: Parameters<typeof toAppError>[0]): Outcome<Shaper> {
  return { ok: false, error: toAppError(error) };
}
