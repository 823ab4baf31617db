/**
 * What a demo load wrote, counted from the database (the projection and the event log of the cases it
 * opened): cases per flow, channel and status, signed agreements, SLA breaches, complaint extensions.
 */
import type { Models } from '../../packages/server/src/db/models';
import { fromGlobalId } from '../../packages/server/src/graphql/global-id';

export interface DemoSummary {
  seed: number;
  months: number;
  from: Date;
  to: Date;
  cases: number;
  byFlow: Record<string, number>;
  byChannel: Record<string, number>;
  byStatus: Record<string, number>;
  /** Scenario paths taken (`flow/variant`). */
  variants: Record<string, number>;
  /** Signed agreements (`agreementRecorded` events). */
  agreements: number;
  /** Cases with at least one SLA breach (`slaBreached`). */
  casesBreached: number;
  breachEvents: number;
  /** Complaint deadlines extended (`deadlineExtended`). */
  extensions: number;
  offersProposed: number;
  approvalsRequested: number;
  changesRequested: number;
  events: number;
  /** Case-clock span of the events written: first and last `at`. */
  firstEventAt: Date | null;
  lastEventAt: Date | null;
  steps: number;
  operations: number;
  timersFired: number;
  failures: { flow: string; variant: string; step: string; message: string }[];
  elapsedMs: number;
  casesPerSecond: number;
  /** Time spent per GraphQL root field and in the timer sweep (count, milliseconds). */
  timings: Record<string, { count: number; ms: number }>;
  /** The ids (global) of the cases opened. */
  caseIds: string[];
}

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

function sorted(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
}

export async function summarise(
  models: Models,
  run: Pick<
    DemoSummary,
    | 'caseIds'
    | 'seed'
    | 'months'
    | 'from'
    | 'to'
    | 'steps'
    | 'operations'
    | 'timersFired'
    | 'failures'
    | 'variants'
    | 'elapsedMs'
    | 'timings'
  >,
): Promise<DemoSummary> {
  // Hex ids: mongoose casts them to ObjectIds against the schemas.
  const ids = run.caseIds.map((g) => fromGlobalId(g)!.localId);
  const byFlow: Record<string, number> = {};
  const byChannel: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const breached = new Set<string>();
  let events = 0;
  let first: number | null = null;
  let last: number | null = null;
  // Case by case: equality filters only (the connection sanitises operators out of filters).
  for (const id of ids) {
    const c = await models.Case.findById(id, { templateKey: 1, channel: 1, status: 1 })
      .lean<{ templateKey: string; channel: string; status: string }>()
      .exec();
    if (c) {
      count(byFlow, c.templateKey);
      count(byChannel, c.channel);
      count(byStatus, c.status);
    }
    const log = await models.CaseEvent.find({ caseId: id }, { type: 1, at: 1 })
      .lean<{ type: string; at: Date }[]>()
      .exec();
    for (const e of log) {
      events++;
      count(byType, e.type);
      if (e.type === 'slaBreached') breached.add(id);
      const t = e.at.getTime();
      first = first === null ? t : Math.min(first, t);
      last = last === null ? t : Math.max(last, t);
    }
  }
  return {
    ...run,
    cases: ids.length,
    byFlow: sorted(byFlow),
    byChannel: sorted(byChannel),
    byStatus: sorted(byStatus),
    agreements: byType['agreementRecorded'] ?? 0,
    casesBreached: breached.size,
    breachEvents: byType['slaBreached'] ?? 0,
    extensions: byType['deadlineExtended'] ?? 0,
    offersProposed: byType['offerProposed'] ?? 0,
    approvalsRequested: byType['offerApprovalRequested'] ?? 0,
    changesRequested: byType['customerResponded'] ?? 0,
    events,
    firstEventAt: first === null ? null : new Date(first),
    lastEventAt: last === null ? null : new Date(last),
    casesPerSecond: run.elapsedMs > 0 ? ids.length / (run.elapsedMs / 1000) : 0,
  };
}

/** The summary as lines for a terminal. */
export function summaryLines(s: DemoSummary): string[] {
  const table = (title: string, r: Record<string, number>) => [
    `  ${title}:`,
    ...Object.entries(r).map(([k, v]) => `    ${k.padEnd(32)} ${String(v).padStart(6)}`),
  ];
  return [
    `Demo data: ${s.cases} cases (seed ${s.seed}, ${s.months} months, ${s.from.toISOString().slice(0, 10)} → ${s.to.toISOString().slice(0, 10)} on the case clock)`,
    ...table('by flow', s.byFlow),
    ...table('by channel', s.byChannel),
    ...table('by status', s.byStatus),
    `  signed agreements: ${s.agreements}; offers proposed: ${s.offersProposed} (approvals asked: ${s.approvalsRequested})`,
    `  SLA breaches: ${s.breachEvents} in ${s.casesBreached} cases; complaint deadlines extended: ${s.extensions}`,
    `  ${s.events} events, ${s.steps} steps (${s.operations} GraphQL operations), ${s.timersFired} timers fired`,
    `  ${(s.elapsedMs / 1000).toFixed(1)} s, ${s.casesPerSecond.toFixed(2)} cases/s`,
    `  slowest operations: ${Object.entries(s.timings)
      .slice(0, 6)
      .map(([k, v]) => `${k} ${v.count}× ${(v.ms / v.count).toFixed(0)} ms`)
      .join(', ')}`,
    ...(s.failures.length > 0
      ? [
          `  ${s.failures.length} steps failed (their cases stop there):`,
          ...s.failures.slice(0, 10).map((f) => `    ${f.flow}/${f.variant} ${f.step}: ${f.message}`),
        ]
      : []),
  ];
}
