/**
 * Flow definitions as the server checks them, always through the engine: `parseFlowDefinition` for
 * the outline (a non-definition becomes one problem at its path, never a crash) and the engine's
 * `validateDefinition` for everything finer. The server adds no rules of its own to the format; what
 * it adds is one warning that depends on its data, not on the format: `ROLE_WITHOUT_HOLDER`
 * (holders/role-without-holder.ts), a flow role no active user holds.
 */
import {
  DefinitionShapeError,
  parseFlowDefinition,
  validateDefinition,
  type FlowDefinition,
  type Problem,
} from '@parley/engine';
import type { Models } from '../../db/models';
import { reportProblem, splitPath, type ReportedProblem } from '../definitions';
import { roleHolderWarnings } from './holders/role-without-holder';

export { hasErrors } from '../definitions/problem-path';

export type ReadResult =
  { ok: true; definition: FlowDefinition } | { ok: false; problems: ReportedProblem[] };

/** The outline check: a FlowDefinition, or the single problem that makes it none. */
export function readFlowDefinition(json: unknown): ReadResult {
  try {
    return { ok: true, definition: parseFlowDefinition(json) };
  } catch (err) {
    if (!(err instanceof DefinitionShapeError)) throw err;
    return { ok: false, problems: [shapeProblem(err.path)] };
  }
}

function shapeProblem(path: string): ReportedProblem {
  const where = path === '$' ? '' : path;
  return {
    code: 'DEFINITION_SHAPE',
    path: splitPath(path),
    message: where
      ? {
          zh: `这不是流程定义：${where} 缺失或类型不正确。`,
          en: `This is not a flow definition: ${where} is missing or has the wrong type.`,
        }
      : {
          zh: '这不是流程定义：须为 JSON 对象。',
          en: 'This is not a flow definition: it must be a JSON object.',
        },
    severity: 'error',
  };
}

/**
 * Every problem of a definition: the outline's, else the engine's (errors and warnings) and the
 * `ROLE_WITHOUT_HOLDER` warnings against the active users (one query).
 */
export async function checkFlowDefinitionWithHolders(
  models: Models,
  json: unknown,
): Promise<ReportedProblem[]> {
  const read = readFlowDefinition(json);
  if (!read.ok) return read.problems;
  return withHolderWarnings(models, read.definition, validateFlowDefinition(read.definition));
}

/** `problems` (the engine's, for `definition`) and the holder warnings, unless it was unreadable. */
export async function withHolderWarnings(
  models: Models,
  definition: FlowDefinition,
  problems: ReportedProblem[],
): Promise<ReportedProblem[]> {
  if (problems.some((p) => p.code === 'DEFINITION_UNREADABLE')) return problems;
  return [...problems, ...(await roleHolderWarnings(models, definition))];
}

export function validateFlowDefinition(definition: FlowDefinition): ReportedProblem[] {
  let problems: readonly Problem[];
  try {
    problems = validateDefinition(definition).problems;
  } catch {
    // The outline passed but something inside is so malformed that the validator cannot read it.
    return [
      {
        code: 'DEFINITION_UNREADABLE',
        path: [],
        message: {
          zh: '定义的结构无法识别（例如步骤或表单缺少必需的属性）。',
          en: 'The definition cannot be read (for example a step or form lacks a required property).',
        },
        severity: 'error',
      },
    ];
  }
  return problems.map(reportProblem);
}
