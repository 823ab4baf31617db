/**
 * `pendingReviews`: review steps (e.g. seed 004's superior review) waiting for a flow role the caller
 * holds, on the open cases the caller may see, oldest first. Reads only; each case's projected state
 * decides which steps wait. Looks at the most recently updated open cases (capped), never every case.
 */
import { holdsFlowRole, type FlowDefinition } from '@parley/engine';
import { trusted } from 'mongoose';
import type { Models } from '../../db/models';
import { badInput } from '../../errors/app-error';
import type { PendingReview } from '../../generated/resolvers-types';
import { toGlobalId } from '../../graphql/global-id';
import type { Viewer } from '../access';
import { canSeeCase, departmentScope, engineActor } from '../cases';
import type { CaseRecord } from '../cases';
import { projectedState } from '../cases';
import { caseRuntimeOf } from '../cases';

const MAX_FIRST = 200;
const CANDIDATE_SCAN_LIMIT = 1000;

export async function pendingReviews(
  models: Models,
  viewer: Viewer,
  first: number,
): Promise<PendingReview[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST)
    throw badInput(['first'], { zh: `first 须为 1–${MAX_FIRST}。`, en: `first must be 1–${MAX_FIRST}.` });
  const scope = departmentScope(viewer);
  const filter: Record<string, unknown> = { status: trusted({ $in: ['OPEN', 'PAUSED'] }) };
  if (scope) filter['departmentCode'] = trusted({ $in: scope });
  const cases = await models.Case.find(filter)
    .sort({ _id: -1 })
    .limit(CANDIDATE_SCAN_LIMIT)
    .lean<CaseRecord[]>()
    .exec();
  const runtime = caseRuntimeOf(models);
  const actor = await engineActor(models, viewer);
  const definitions = new Map<string, FlowDefinition>();
  const out: PendingReview[] = [];
  for (const c of cases) {
    if (!canSeeCase(viewer, c)) continue;
    const key = `${c.templateKey}@${c.version}`;
    let definition = definitions.get(key);
    if (!definition) {
      definition = await runtime.definition(c.templateKey, c.version);
      definitions.set(key, definition);
    }
    const reviews = new Map(
      definition.steps.filter((s) => s.kind === 'review').map((s) => [s.key, s] as const),
    );
    if (!c.activeSteps.some((k) => reviews.has(k))) continue;
    const state = projectedState(c, runtime.keys);
    for (const token of state?.tokens ?? []) {
      const step = reviews.get(token.stepKey);
      if (!step || step.kind !== 'review' || token.activatedAt === null) continue;
      const role = step.requiredRole;
      if (actor.kind !== 'staff' || !holdsFlowRole(definition, actor, role)) continue;
      out.push({
        caseId: toGlobalId('Case', c._id.toHexString()),
        caseReference: c.reference,
        stepKey: step.key,
        stepName: step.name,
        flowName: definition.name,
        role,
        since: new Date(token.activatedAt),
      });
    }
  }
  return out.sort((a, b) => new Date(a.since).getTime() - new Date(b.since).getTime()).slice(0, first);
}
