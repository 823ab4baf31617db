/**
 * Checks of a case-migration request, before anything is read or written: the versions differ, the
 * mapping names steps of the source and target versions once each, the case list and batch size are
 * within bounds.
 */
import type { FlowDefinition, StepMapping } from '@parley/engine';
import { badInput } from '../../../errors/app-error';

/** At most this many cases per request (a plan or a migration). */
export const MAX_MIGRATION_CASES = 1000;
export const MAX_BATCH_SIZE = 200;

export interface StepMappingEntry {
  from: string;
  to: string;
}

export interface MigrationRequest {
  templateKey: string;
  fromVersion: number;
  toVersion: number;
  stepMapping: readonly StepMappingEntry[];
  caseIds?: readonly string[] | null;
}

export function checkVersions(request: MigrationRequest): void {
  if (request.fromVersion === request.toVersion)
    throw badInput(['toVersion'], {
      zh: '目标版本须与源版本不同。',
      en: 'The target version must differ from the source version.',
    });
  if ((request.caseIds?.length ?? 0) > MAX_MIGRATION_CASES)
    throw badInput(['caseIds'], {
      zh: `一次最多迁移 ${MAX_MIGRATION_CASES} 个案件。`,
      en: `At most ${MAX_MIGRATION_CASES} cases per request.`,
    });
}

/** The engine's mapping, after checking each entry against both versions. */
export function mappingOf(
  entries: readonly StepMappingEntry[],
  from: FlowDefinition,
  to: FlowDefinition,
): StepMapping {
  const oldSteps = new Set(from.steps.map((s) => s.key));
  const newSteps = new Set(to.steps.map((s) => s.key));
  const mapping: Record<string, string> = {};
  entries.forEach((entry, i) => {
    if (!oldSteps.has(entry.from))
      throw badInput(['stepMapping', i, 'from'], {
        zh: `源版本中没有步骤「${entry.from}」。`,
        en: `The source version has no step "${entry.from}".`,
      });
    if (!newSteps.has(entry.to))
      throw badInput(['stepMapping', i, 'to'], {
        zh: `目标版本中没有步骤「${entry.to}」。`,
        en: `The target version has no step "${entry.to}".`,
      });
    if (entry.from in mapping)
      throw badInput(['stepMapping', i, 'from'], {
        zh: `步骤「${entry.from}」映射了不止一次。`,
        en: `Step "${entry.from}" is mapped more than once.`,
      });
    mapping[entry.from] = entry.to;
  });
  return mapping;
}

export function checkBatchSize(batchSize: number | null | undefined): number {
  const size = batchSize ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_BATCH_SIZE)
    throw badInput(['batchSize'], {
      zh: `批大小须为 1–${MAX_BATCH_SIZE}。`,
      en: `batchSize must be 1–${MAX_BATCH_SIZE}.`,
    });
  return size;
}
