/**
 * `simulateDraftOnCases`: the saved draft of a flow replayed on the newest cases of its newest published
 * version (what-if-replay.ts per case). Reads only. Bounded: at most MAX_WHAT_IF_CASES cases, read in
 * chunks of CHUNK cases — one query for the chunk's cases, one for all their events — never a query per
 * case. Department scoping is that of `Query.cases`.
 */
import {
  createChinaBusinessCalendar,
  type BusinessCalendar,
  type CaseEvent,
  type FlowDefinition,
} from '@parley/engine';
import { trusted, type Types } from 'mongoose';
import type { Models } from '../../db/models';
import { badInput } from '../../errors/app-error';
import type {
  DraftWhatIfCase,
  DraftWhatIfRefusalCount,
  DraftWhatIfReport,
} from '../../generated/resolvers-types';
import { toGlobalId } from '../../graphql/global-id';
import type { Viewer } from '../access';
import { departmentScope } from '../cases';
import { completeEvents, engineEvents, isHostEvent } from '../cases';
import type { CaseRecord, StoredEvent } from '../cases';
import { dataKeysOf, type DataKeyring } from '../privacy';
import { FlowTemplateService } from '../flows';
import { loadCalendars, type CalendarSet } from '../cases';
import { whatIfCase, type CalendarLookup, type CaseWhatIf } from './what-if-replay';

export const MAX_WHAT_IF_CASES = 500;
/** Cases read (with their events) per round trip. */
export const CHUNK = 50;
/** Example cases listed per kind of difference. */
const EXAMPLES = 10;

type CaseRow = Pick<CaseRecord, '_id' | 'reference'>;

export function checkLast(last: number | null | undefined): number {
  const n = last ?? 100;
  if (!Number.isInteger(n) || n < 1 || n > MAX_WHAT_IF_CASES)
    throw badInput(['last'], {
      zh: `推演的案件数须在 1 到 ${MAX_WHAT_IF_CASES} 之间。`,
      en: `The number of cases must be between 1 and ${MAX_WHAT_IF_CASES}.`,
    });
  return n;
}

/** The log's engine events cut into the batches the runtime wrote (one per command), seq as `replay` wants. */
export function engineBatches(stored: readonly StoredEvent[], keys: DataKeyring): CaseEvent[][] {
  const complete = completeEvents(stored);
  const all = engineEvents(complete, keys);
  const batches: CaseEvent[][] = [];
  let taken = 0;
  let size = 0;
  for (const e of complete) {
    if (!isHostEvent(e.type)) size++;
    if (!e.batchEnd) continue;
    if (size > 0) batches.push(all.slice(taken, taken + size));
    taken += size;
    size = 0;
  }
  return batches;
}

function calendarLookup(calendars: CalendarSet): CalendarLookup {
  let shipped: BusinessCalendar | null = null;
  return (id) => {
    const stored = id === undefined ? undefined : calendars.get(id);
    if (stored) return stored.calendar;
    if (id === 'cn-mainland') return (shipped ??= createChinaBusinessCalendar());
    return undefined;
  };
}

function example(row: CaseRow, r: CaseWhatIf): DraftWhatIfCase {
  return {
    caseId: toGlobalId('Case', row._id.toHexString()),
    reference: row.reference,
    recordedPath: [...r.recordedPath],
    draftPath: [...r.draftPath],
    recordedStep: r.divergence?.recordedStep ?? null,
    draftStep: r.divergence?.draftStep ?? null,
    command: r.blocked?.command ?? null,
    stepKey: r.blocked?.stepKey ?? null,
    refusalCode: r.blocked?.refusal.code ?? null,
    refusalMessage: r.blocked ? { zh: r.blocked.refusal.message.zh, en: r.blocked.refusal.message.en } : null,
    recordedBreached: r.recordedSla.breached,
    draftBreached: r.draftSla.breached,
    recordedDueAt: r.recordedSla.dueAt ? new Date(r.recordedSla.dueAt) : null,
    draftDueAt: r.draftSla.dueAt ? new Date(r.draftSla.dueAt) : null,
  };
}

export class WhatIfService {
  constructor(private readonly models: Models) {}

  async simulate(
    viewer: Viewer,
    templateKey: string,
    lastArg: number | null | undefined,
  ): Promise<DraftWhatIfReport> {
    const last = checkLast(lastArg);
    const flows = new FlowTemplateService(this.models);
    await flows.require(templateKey, ['templateKey']);
    const [draftDoc, versionDoc] = await Promise.all([
      flows.store.latestDraft(templateKey),
      flows.store.latestVersion(templateKey),
    ]);
    const report: DraftWhatIfReport = {
      templateKey,
      publishedVersion: versionDoc?.version ?? null,
      draftRevision: draftDoc?.revision ?? 0,
      total: 0,
      differentPath: 0,
      differentPathExamples: [],
      slaChanged: 0,
      slaChangedExamples: [],
      blocked: 0,
      blockedExamples: [],
      refusals: [],
      skipped: 0,
    };
    if (!draftDoc || !versionDoc) return report;
    const published = FlowTemplateService.definition(versionDoc);
    // The draft runs under the cases' key and version (stamped once: the engine caches compiled flows).
    const draft: FlowDefinition = {
      ...FlowTemplateService.definition(draftDoc),
      key: published.key,
      version: published.version,
    };

    const filter: Record<string, unknown> = { templateKey, version: versionDoc.version };
    const departments = departmentScope(viewer);
    if (departments) filter['departmentCode'] = trusted({ $in: departments });
    const calendars = calendarLookup(await loadCalendars(this.models));
    const keys = dataKeysOf(this.models);
    const refusals = new Map<string, DraftWhatIfRefusalCount>();

    for (let skip = 0; skip < last; skip += CHUNK) {
      const rows = await this.models.Case.find(filter, { _id: 1, reference: 1 })
        .sort({ openedAt: -1, _id: -1 })
        .skip(skip)
        .limit(Math.min(CHUNK, last - skip))
        .lean<CaseRow[]>()
        .exec();
      if (rows.length === 0) break;
      const logs = await this.eventsOf(rows.map((r) => r._id));
      for (const row of rows) {
        const result = this.replayOne(
          published,
          draft,
          logs.get(row._id.toHexString()) ?? [],
          keys,
          calendars,
        );
        if (!result) {
          report.skipped++;
          continue;
        }
        report.total++;
        if (result.divergence) {
          report.differentPath++;
          if (report.differentPathExamples.length < EXAMPLES)
            report.differentPathExamples.push(example(row, result));
        }
        if (result.blocked) {
          report.blocked++;
          if (report.blockedExamples.length < EXAMPLES) report.blockedExamples.push(example(row, result));
          const { code, message } = result.blocked.refusal;
          const counted = refusals.get(code) ?? {
            code,
            message: { zh: message.zh, en: message.en },
            count: 0,
          };
          refusals.set(code, { ...counted, count: counted.count + 1 });
        }
        if (result.recordedSla.breached !== result.draftSla.breached) {
          report.slaChanged++;
          if (report.slaChangedExamples.length < EXAMPLES)
            report.slaChangedExamples.push(example(row, result));
        }
      }
      if (rows.length < CHUNK) break;
    }
    report.refusals = [...refusals.values()].sort(
      (a, b) => b.count - a.count || a.code.localeCompare(b.code),
    );
    return report;
  }

  /** One query for the events of a chunk of cases, grouped by case in log order. */
  private async eventsOf(caseIds: Types.ObjectId[]): Promise<Map<string, StoredEvent[]>> {
    const events = await this.models.CaseEvent.find({ caseId: trusted({ $in: caseIds }) })
      .sort({ caseId: 1, seq: 1 })
      .lean<StoredEvent[]>()
      .exec();
    const byCase = new Map<string, StoredEvent[]>();
    for (const e of events) {
      const id = e.caseId.toHexString();
      const list = byCase.get(id);
      if (list) list.push(e);
      else byCase.set(id, [e]);
    }
    return byCase;
  }

  /** Null when the case cannot be replayed: a migrated or unreadable log, or a draft the engine cannot run. */
  private replayOne(
    published: FlowDefinition,
    draft: FlowDefinition,
    stored: readonly StoredEvent[],
    keys: DataKeyring,
    calendars: CalendarLookup,
  ): CaseWhatIf | null {
    try {
      return whatIfCase(published, draft, engineBatches(stored, keys), calendars);
    } catch {
      return null;
    }
  }
}
