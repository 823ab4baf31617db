/**
 * The roll-up fold, a pure function: a case's insight state and its next events in, the state after
 * them and what they add to the daily buckets out. Incremental following and rebuilding both go
 * through here, so they agree by construction (insight.integration.test.ts checks it on real cases).
 *
 * Every event counts under the case's dimensions at that event (flow version, department, agent,
 * channel, category as the log says then) on the Asia/Shanghai day of its `at`.
 */
import type { InsightCounters, InsightDims, InsightKind } from './insight.model';

export interface FoldEvent {
  seq: number;
  type: string;
  at: Date;
  data: Record<string, unknown>;
}

export interface InsightCaseState {
  /** The last folded seq. */
  seq: number;
  dims: InsightDims | null;
  complaint: boolean;
  /** Active steps by token: the step and when it was entered (ms since epoch). */
  active: Record<string, { step: string; since: number }>;
  hasSla: boolean;
  breached: boolean;
  extended: boolean;
  /** Proposed offers' amounts, for the signed agreement's figures. */
  offers: Record<string, { owedFen: number; forgivenFen: number; kind?: string }>;
  /**
   * The complaint report (kind `report`): the Shanghai day the case was received, the end outcome
   * reached, how it ended, and what the case currently adds to the report buckets (moved when the
   * case's dimensions or standing change). Absent on states folded before the report existed.
   */
  receivedDay?: string;
  outcome?: string | null;
  ended?: 'closed' | 'cancelled' | null;
  /** How a closed complaint met its regulatory clock (frozen at the close). */
  closedAs?: 'closedOnTime' | 'extended' | 'late' | null;
  report?: ReportShare | null;
}

/** What one complaint case adds to the report buckets (one bucket, keyed by its received day). */
export interface ReportShare {
  day: string;
  step: string;
  dims: InsightDims;
  c: InsightCounters;
}

export interface BucketDelta {
  key: string;
  kind: InsightKind;
  day: string;
  step: string;
  dims: InsightDims;
  c: InsightCounters;
}

/** Whether a flow is a complaint flow (its regulatory clock outcome is counted). */
export type IsComplaintFlow = (flowKey: string) => boolean;

export const EMPTY_STATE: InsightCaseState = {
  seq: 0,
  dims: null,
  complaint: false,
  active: {},
  hasSla: false,
  breached: false,
  extended: false,
  offers: {},
};

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The Asia/Shanghai calendar day of an instant (no daylight saving there). */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function bucketKey(kind: InsightKind, day: string, step: string, d: InsightDims): string {
  return [kind, day, step, d.flowKey, d.flowVersion, d.department, d.agent, d.channel, d.category]
    .map((p) => String(p).replace(/[|\\]/g, (m) => `\\${m}`))
    .join('|');
}

/** Accumulates bucket deltas by key. */
export class DeltaSet {
  private readonly map = new Map<string, BucketDelta>();

  add(
    kind: InsightKind,
    at: Date,
    step: string,
    dims: InsightDims,
    c: InsightCounters,
    allToo = false,
  ): void {
    this.addDay(kind, shanghaiDay(at), step, dims, c);
    if (allToo) this.addDay(kind, 'all', step, dims, c);
  }

  /** Adds to the bucket of a given day (the report's buckets are keyed by the case's received day). */
  addDay(kind: InsightKind, day: string, step: string, dims: InsightDims, c: InsightCounters): void {
    const key = bucketKey(kind, day, step, dims);
    let b = this.map.get(key);
    if (!b) {
      b = { key, kind, day, step, dims, c: {} };
      this.map.set(key, b);
    }
    for (const [name, v] of Object.entries(c)) if (v !== 0) b.c[name] = (b.c[name] ?? 0) + v;
  }

  /** The buckets with a non-zero change (a report share moved out and back within one batch cancels). */
  list(): BucketDelta[] {
    const out: BucketDelta[] = [];
    for (const b of this.map.values()) {
      const c = Object.fromEntries(Object.entries(b.c).filter(([, v]) => v !== 0));
      if (Object.keys(c).length > 0) out.push({ ...b, c });
    }
    return out;
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : 0);

/** The `step` of a satisfaction bucket: the survey key and the outcome the event carried. */
export function surveyStep(surveyKey: string, outcome: string): string {
  return JSON.stringify([surveyKey, outcome]);
}

/** The survey key and outcome of a satisfaction bucket's `step`. */
export function parseSurveyStep(step: string): { surveyKey: string; outcome: string } {
  try {
    const [surveyKey, outcome] = JSON.parse(step) as unknown[];
    return { surveyKey: str(surveyKey), outcome: str(outcome) };
  } catch {
    return { surveyKey: '', outcome: '' };
  }
}

/** A score when it is an integer within [min, max], else null (not counted). */
function score(v: unknown, min: number, max: number): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null;
}

/** The counters of one answered survey (NPS 0–10, CSAT 1–5, CES 1–7; out-of-range scores are not counted). */
export function answerCounters(scores: unknown): InsightCounters {
  const sc = (scores ?? {}) as Record<string, unknown>;
  const c: InsightCounters = { answered: 1 };
  const nps = score(sc['nps'], 0, 10);
  if (nps !== null) {
    c['npsCount'] = 1;
    c[nps >= 9 ? 'promoters' : nps >= 7 ? 'passives' : 'detractors'] = 1;
  }
  const csat = score(sc['csat'], 1, 5);
  if (csat !== null) {
    c['csatCount'] = 1;
    if (csat >= 4) c['csatSatisfied'] = 1;
  }
  const ces = score(sc['ces'], 1, 7);
  if (ces !== null) {
    c['cesCount'] = 1;
    c['cesSum'] = ces;
  }
  return c;
}

/** What a complaint case adds to the report now (null: not a complaint, or not opened). */
function reportShare(s: InsightCaseState): ReportShare | null {
  if (!s.complaint || !s.dims || !s.receivedDay) return null;
  const c: InsightCounters = { received: 1 };
  let step = '';
  if (s.ended === 'closed') {
    c['closed'] = 1;
    c[s.closedAs ?? 'closedOnTime'] = 1;
    step = s.outcome ?? '';
  } else if (!s.ended) c['open'] = 1;
  return { day: s.receivedDay, step, dims: s.dims, c };
}

const negate = (c: InsightCounters): InsightCounters =>
  Object.fromEntries(Object.entries(c).map(([k, v]) => [k, -v]));

/** Moves the case's share of the report to what its state says now (nothing when unchanged). */
function moveReport(s: InsightCaseState, out: DeltaSet): void {
  const next = reportShare(s);
  const prev = s.report ?? null;
  if (JSON.stringify(next) === JSON.stringify(prev)) return;
  if (prev) out.addDay('report', prev.day, prev.step, prev.dims, negate(prev.c));
  if (next) out.addDay('report', next.day, next.step, next.dims, next.c);
  s.report = next;
}

/** Folds a case's next events (in seq order, starting right after `state.seq`). */
export function foldCaseEvents(
  before: InsightCaseState,
  events: readonly FoldEvent[],
  isComplaintFlow: IsComplaintFlow,
  out: DeltaSet,
): InsightCaseState {
  const s: InsightCaseState = structuredClone(before);
  for (const e of events) {
    if (e.seq <= s.seq) continue;
    s.seq = e.seq;
    const d = e.data;
    if (e.type === 'caseOpened') {
      const flowKey = str(d['templateKey']);
      s.dims = {
        flowKey,
        flowVersion: int(d['version']),
        department: str(d['departmentCode']),
        agent: str(d['assigneeId']),
        channel: str(d['channel']),
        category: str(d['categoryId']),
      };
      s.complaint = isComplaintFlow(flowKey);
      const received = typeof d['receivedAt'] === 'string' ? new Date(d['receivedAt']) : e.at;
      s.receivedDay = shanghaiDay(Number.isNaN(received.getTime()) ? e.at : received);
      out.add(
        'case',
        e.at,
        '',
        s.dims,
        s.complaint ? { opened: 1, complaintsOpened: 1 } : { opened: 1 },
        true,
      );
      moveReport(s, out);
      continue;
    }
    if (!s.dims) continue; // not a case the host opened (never happens on the command path)
    const dims = s.dims;
    const count = (c: InsightCounters, allToo = false) => out.add('case', e.at, '', dims, c, allToo);
    const leave = (token: string) => {
      const a = s.active[token];
      if (!a) return;
      delete s.active[token];
      const ms = Math.max(0, e.at.getTime() - a.since);
      out.add('step', e.at, a.step, dims, { left: 1, durationMs: ms, durations: 1 }, true);
    };
    const enter = (token: string, step: string) => {
      s.active[token] = { step, since: e.at.getTime() };
      out.add('step', e.at, step, dims, { entered: 1 }, true);
    };
    switch (e.type) {
      case 'caseAssigned':
        s.dims = {
          ...dims,
          agent: str(d['assigneeId']),
          department: str(d['departmentCode']) || dims.department,
        };
        moveReport(s, out);
        break;
      case 'stepActivated':
        leave(str(d['tokenId']));
        enter(str(d['tokenId']), str(d['stepKey']));
        break;
      case 'stepCompleted':
        leave(str(d['tokenId']));
        break;
      case 'caseMigrated': {
        const moves = Array.isArray(d['moves']) ? (d['moves'] as Record<string, unknown>[]) : [];
        for (const m of moves) leave(str(m['tokenId']));
        s.dims = { ...dims, flowKey: str(d['toKey']) || dims.flowKey, flowVersion: int(d['toVersion']) };
        for (const m of moves) {
          const token = str(m['tokenId']);
          const step = str(m['to']);
          s.active[token] = { step, since: e.at.getTime() };
          out.add('step', e.at, step, s.dims, { entered: 1 }, true);
        }
        moveReport(s, out);
        break;
      }
      case 'slaSelected':
        s.hasSla = s.hasSla || d['ruleKey'] !== null;
        break;
      case 'slaBreached':
        count({ slaBreaches: 1 });
        s.breached = true;
        break;
      case 'deadlineExtended':
        count({ deadlineExtensions: 1 });
        s.extended = true;
        break;
      case 'offerProposed': {
        const summary = (d['summary'] ?? {}) as Record<string, unknown>;
        const kind = str(summary['kind']);
        s.offers[str(d['offerId'])] = {
          owedFen: int(summary['owedTotalFen']),
          forgivenFen: int(summary['forgivenFen']),
          kind,
        };
        count({ offersProposed: 1 });
        out.add('plan', e.at, kind, dims, { offersProposed: 1 });
        break;
      }
      case 'customerResponded':
        if (d['response'] === 'accepted') count({ offersAccepted: 1 });
        else count({ offersChangesRequested: 1 });
        break;
      case 'agreementSigned': {
        const offer = s.offers[str(d['offerId'])];
        const signed = {
          agreementsSigned: 1,
          restructuredFen: offer?.owedFen ?? 0,
          waivedFen: offer?.forgivenFen ?? 0,
        };
        count(signed);
        // By the signed offer's plan kind (kind `plan`, the kind in `step`).
        out.add('plan', e.at, offer?.kind ?? '', dims, signed);
        break;
      }
      case 'endReached':
        s.outcome = str(d['outcome']);
        break;
      case 'surveySent':
        out.add('survey', e.at, surveyStep(str(d['surveyKey']), str(d['outcome'])), dims, { sent: 1 });
        break;
      case 'surveyAnswered':
        out.add(
          'survey',
          e.at,
          surveyStep(str(d['surveyKey']), str(d['outcome'])),
          dims,
          answerCounters(d['scores']),
        );
        break;
      case 'complaintFindingRecorded':
        out.add('finding', e.at, str(d['rootCause']), dims, { findings: 1 });
        break;
      case 'caseCancelled':
        for (const token of Object.keys(s.active)) leave(token);
        count({ cancelled: 1 }, true);
        s.ended = 'cancelled';
        moveReport(s, out);
        break;
      case 'caseClosed': {
        for (const token of Object.keys(s.active)) leave(token);
        const c: InsightCounters = { closed: 1 };
        if (s.hasSla) c[s.breached ? 'slaMissed' : 'slaMet'] = 1;
        if (s.complaint) c[s.breached ? 'regLate' : s.extended ? 'regExtended' : 'regOnTime'] = 1;
        count(c, true);
        s.ended = 'closed';
        s.closedAs = s.breached ? 'late' : s.extended ? 'extended' : 'closedOnTime';
        moveReport(s, out);
        break;
      }
      default:
        break;
    }
  }
  return s;
}
