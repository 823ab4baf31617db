/**
 * Moving running cases between published versions of their flow. The dry run (`plan`) asks the engine's
 * `planMigration` about each case and writes nothing. `migrate` runs the same dry run, skips the blocked
 * cases, then moves the rest in batches, each case through the runtime's normal append path (a
 * `caseMigrated` event at seq n + 1, so a concurrent command makes it CONFLICT), and records one
 * `case.migrate` entry per migrated case in the configuration audit log.
 */
import { planMigration, type CaseState, type FlowDefinition, type StepMapping } from '@parley/engine';
import { trusted, type Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { AppError } from '../../../errors/app-error';
import { checkIdempotencyKey } from '../log/idempotency';
import type {
  CaseMigrationCaseResult,
  CaseMigrationPlan,
  CaseMigrationPlanItem,
  CaseMigrationResult,
} from '../../../generated/resolvers-types';
import { toGlobalId } from '../../../graphql/global-id';
import type { Page } from '../../../graphql/pagination';
import type { Viewer } from '../../access';
import { ConfigAuditService } from '../../audit';
import { pageFromDatabase } from '../../definitions';
import { FlowTemplateService } from '../../flows';
import type { CaseDoc, CaseRecord } from '../case.model';
import { canSeeCase, departmentScope } from '../case-access';
import {
  checkBatchSize,
  checkVersions,
  mappingOf,
  MAX_MIGRATION_CASES,
  type MigrationRequest,
} from './case-migration.input';
import { projectedState } from '../runtime/case-projection';
import { localObjectId } from '../runtime/case-query.service';
import type { CaseRuntime } from '../runtime/case-runtime.service';
import { caseRuntimeOf } from '../runtime/case-runtime.service';
import { dataKeysOf } from '../../privacy';

/** Statuses of a case that is neither closed nor cancelled. */
export const OPEN_CASE_STATUSES = ['OPEN', 'PAUSED', 'RESOLVED'] as const;

interface Target {
  /** The id as requested (global id). */
  caseId: string;
  found: CaseRecord | null;
}

interface Prepared {
  from: FlowDefinition;
  to: FlowDefinition;
  mapping: StepMapping;
  items: { target: Target; item: CaseMigrationPlanItem }[];
}

const NOT_FOUND_MESSAGE = { zh: '未找到案件', en: 'Case not found' };

export class CaseMigrationService {
  private readonly runtime: CaseRuntime;

  constructor(private readonly models: Models) {
    this.runtime = caseRuntimeOf(models);
  }

  private openFilter(viewer: Viewer, key: string, version: number): Record<string, unknown> {
    const filter: Record<string, unknown> = {
      templateKey: key,
      version,
      status: trusted({ $in: [...OPEN_CASE_STATUSES] }),
    };
    const departments = departmentScope(viewer);
    if (departments) filter['departmentCode'] = trusted({ $in: departments });
    return filter;
  }

  openCases(
    viewer: Viewer,
    key: string,
    version: number,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<CaseDoc>> {
    const filter = this.openFilter(viewer, key, version);
    return pageFromDatabase<CaseDoc>(
      first,
      after,
      () => this.models.Case.countDocuments(filter).exec(),
      (skip, limit) =>
        this.models.Case.find(filter)
          .sort({ openedAt: 1, _id: 1 })
          .skip(skip)
          .limit(limit)
          .lean<CaseDoc[]>()
          .exec(),
    );
  }

  openCaseCount(viewer: Viewer, key: string, version: number): Promise<number> {
    return this.models.Case.countDocuments(this.openFilter(viewer, key, version)).exec();
  }

  async plan(viewer: Viewer, request: MigrationRequest): Promise<CaseMigrationPlan> {
    const prepared = await this.prepare(viewer, request);
    const cases = prepared.items.map((p) => p.item);
    const migratableCount = cases.filter((c) => c.migratable).length;
    return {
      templateKey: request.templateKey,
      fromVersion: request.fromVersion,
      toVersion: request.toVersion,
      cases,
      migratableCount,
      blockedCount: cases.length - migratableCount,
    };
  }

  async migrate(
    viewer: Viewer,
    request: MigrationRequest,
    batchSize: number | null | undefined,
    idempotencyKey: string | null | undefined,
  ): Promise<CaseMigrationResult> {
    const size = checkBatchSize(batchSize);
    if (idempotencyKey != null) checkIdempotencyKey(idempotencyKey);
    const prepared = await this.prepare(viewer, request);
    const results: CaseMigrationCaseResult[] = [];
    const ready: { target: Target; found: CaseRecord; item: CaseMigrationPlanItem }[] = [];
    for (const { target, item } of prepared.items) {
      if (item.migratable && target.found) ready.push({ target, found: target.found, item });
      else results.push(skipped(target, item));
    }
    let batches = 0;
    for (let i = 0; i < ready.length; i += size) {
      batches++;
      const batch = ready.slice(i, i + size);
      results.push(
        ...(await Promise.all(
          batch.map((r) => this.migrateOne(viewer, request, prepared, r.found, r.item, idempotencyKey)),
        )),
      );
    }
    const count = (outcome: CaseMigrationCaseResult['outcome']) =>
      results.filter((r) => r.outcome === outcome).length;
    return {
      templateKey: request.templateKey,
      fromVersion: request.fromVersion,
      toVersion: request.toVersion,
      batches,
      migrated: count('MIGRATED'),
      skipped: count('SKIPPED'),
      failed: count('FAILED'),
      results,
    };
  }

  private async migrateOne(
    viewer: Viewer,
    request: MigrationRequest,
    prepared: Prepared,
    found: CaseRecord,
    item: CaseMigrationPlanItem,
    idempotencyKey: string | null | undefined,
  ): Promise<CaseMigrationCaseResult> {
    const base = { caseId: item.caseId, reference: item.reference };
    const { templateKey, fromVersion, toVersion } = request;
    try {
      const outcome = await this.runtime.run(
        viewer,
        found._id,
        'migrateCase',
        { templateKey, fromVersion, toVersion, mapping: prepared.mapping },
        (c) => {
          // Checked on the case as read for the append: a case moved meanwhile is not moved again.
          if (c.templateKey !== templateKey || c.version !== fromVersion) throw movedMeanwhile(c);
          return { kind: 'migrate', to: prepared.to, mapping: prepared.mapping };
        },
        idempotencyKey != null ? `${idempotencyKey}:${found._id.toHexString()}` : null,
      );
      const event = outcome.events.find((e) => e.type === 'caseMigrated');
      if (!outcome.replayed && event)
        await new ConfigAuditService(this.models.ConfigAudit).record(viewer, {
          action: 'case.migrate',
          entityType: 'Case',
          entityKey: found.reference,
          details: {
            caseId: item.caseId,
            templateKey,
            fromVersion,
            toVersion,
            fromSteps: item.fromSteps,
            toSteps: outcome.case.activeSteps,
            moves: event.data['moves'] ?? [],
            droppedFields: event.data['droppedFields'] ?? [],
            cancelledTimers: event.data['cancelledTimers'] ?? [],
            seq: event.seq,
          },
        });
      return {
        ...base,
        outcome: 'MIGRATED',
        code: null,
        message: outcome.replayed
          ? {
              zh: `已迁移到第 ${toVersion} 版（重放）`,
              en: `Already migrated to version ${toVersion} (replayed)`,
            }
          : { zh: `已迁移到第 ${toVersion} 版`, en: `Migrated to version ${toVersion}` },
      };
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return {
        ...base,
        outcome: err.code === 'MIGRATION_BLOCKED' ? 'SKIPPED' : 'FAILED',
        code: err.code,
        message: { zh: err.messages.zh, en: err.messages.en },
      };
    }
  }

  /** Checks the request, loads both versions and the cases, and runs the dry run on each case. */
  private async prepare(viewer: Viewer, request: MigrationRequest): Promise<Prepared> {
    checkVersions(request);
    const flows = new FlowTemplateService(this.models);
    await flows.require(request.templateKey, ['templateKey']);
    await Promise.all([
      flows.requireVersion(request.templateKey, request.fromVersion, ['fromVersion']),
      flows.requireVersion(request.templateKey, request.toVersion, ['toVersion']),
    ]);
    const [from, to] = await Promise.all([
      this.runtime.definition(request.templateKey, request.fromVersion),
      this.runtime.definition(request.templateKey, request.toVersion),
    ]);
    const mapping = mappingOf(request.stepMapping, from, to);
    const targets = await this.targets(viewer, request);
    const keys = dataKeysOf(this.models);
    const items = targets.map((target) => {
      const state = target.found ? projectedState(target.found, keys) : null;
      return { target, item: planItem(target, state, from, to, mapping) };
    });
    return { from, to, mapping, items };
  }

  private async targets(viewer: Viewer, request: MigrationRequest): Promise<Target[]> {
    if (!request.caseIds) {
      const found = await this.models.Case.find(
        this.openFilter(viewer, request.templateKey, request.fromVersion),
      )
        .sort({ openedAt: 1, _id: 1 })
        .limit(MAX_MIGRATION_CASES)
        .lean<CaseRecord[]>()
        .exec();
      return found.map((c) => ({ caseId: toGlobalId('Case', c._id.toHexString()), found: c }));
    }
    const ids = request.caseIds.map((id) => localObjectId(id, 'Case'));
    const valid = ids.filter((id): id is Types.ObjectId => id !== null);
    const found = await this.models.Case.find({ _id: trusted({ $in: valid }) })
      .lean<CaseRecord[]>()
      .exec();
    const byId = new Map(found.map((c) => [c._id.toHexString(), c]));
    return request.caseIds.map((caseId, i) => {
      const c = byId.get(ids[i]?.toHexString() ?? '');
      return { caseId, found: c && canSeeCase(viewer, c) ? c : null };
    });
  }
}

function planItem(
  target: Target,
  state: CaseState | null,
  from: FlowDefinition,
  to: FlowDefinition,
  mapping: StepMapping,
): CaseMigrationPlanItem {
  const c = target.found;
  if (!c || !state)
    return {
      caseId: target.caseId,
      reference: c?.reference ?? '',
      migratable: false,
      fromSteps: c?.activeSteps ?? [],
      toSteps: c?.activeSteps ?? [],
      changes: [],
      problems: [{ code: 'NOT_FOUND', path: 'caseId', message: NOT_FOUND_MESSAGE, severity: 'error' }],
    };
  const plan = planMigration(from, to, state, mapping);
  const moves = new Map(plan.moves.map((m) => [m.tokenId, m.to]));
  const active = state.tokens.filter((t) => t.activatedAt !== null);
  return {
    caseId: target.caseId,
    reference: c.reference,
    migratable: plan.ok,
    fromSteps: active.map((t) => t.stepKey),
    toSteps: plan.ok ? active.map((t) => moves.get(t.id) ?? t.stepKey) : active.map((t) => t.stepKey),
    changes: plan.changes.map((ch) => ({ zh: ch.message.zh, en: ch.message.en })),
    problems: plan.problems.map((p) => ({
      code: p.code,
      path: p.path,
      message: { zh: p.message.zh, en: p.message.en },
      severity: p.severity,
    })),
  };
}

function skipped(target: Target, item: CaseMigrationPlanItem): CaseMigrationCaseResult {
  const blocker = item.problems.find((p) => p.severity === 'error');
  const notFound = blocker?.code === 'NOT_FOUND';
  return {
    caseId: target.caseId,
    reference: item.reference,
    outcome: 'SKIPPED',
    code: notFound ? 'NOT_FOUND' : 'MIGRATION_BLOCKED',
    message: blocker?.message ?? { zh: '案件不能迁移。', en: 'The case cannot be migrated.' },
  };
}

function movedMeanwhile(c: CaseRecord): AppError {
  return new AppError('CONFLICT', {
    zh: `案件已变更：现为「${c.templateKey}」第 ${c.version} 版。`,
    en: `The case changed meanwhile: it is now on "${c.templateKey}" version ${c.version}.`,
  });
}
