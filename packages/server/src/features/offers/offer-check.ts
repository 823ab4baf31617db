/**
 * `checkOffer`: what `proposeOffer` would do with an offer, for this caller, now — the same dry run of
 * the engine's `proposeOffer` (step, offer policy, eligibility, authority matrix) and the plan-start
 * rule, with nothing written. The offer builder shows it before anything is sent.
 */
import { randomUUID } from 'node:crypto';
import { execute, type Command, type RepaymentPlanInput, type LocalizedText } from '@parley/engine';
import type { Models } from '../../db/models';
import { AppError, badInput } from '../../errors/app-error';
import type { OfferCheck } from '../../generated/resolvers-types';
import type { Viewer } from '../access';
import { engineActor } from '../cases';
import { caseNotFound } from '../cases';
import { projectedState } from '../cases';
import { localObjectId } from '../cases';
import { caseNow, caseRuntimeOf } from '../cases';
import { checkPlanStart, planInputOf } from './offer-plan';

function pathOf(path: string): string[] {
  // The engine reports plan problems at `offer.<path>`; the API received the plan as `plan`.
  const parts = path.split('.').filter((p) => p !== '');
  if (parts[0] === 'offer') return ['plan', ...parts.slice(1)];
  return parts;
}

function invalid(error: AppError): OfferCheck {
  const problems = Array.isArray(error.details?.['problems'])
    ? (error.details['problems'] as {
        code: string;
        fieldPath: (string | number)[];
        messages: LocalizedText;
      }[])
    : [];
  return {
    verdict: 'INVALID',
    requiredRole: null,
    code: error.code,
    message: { zh: error.messages.zh, en: error.messages.en },
    problems: problems.length
      ? problems.map((p) => ({
          code: p.code,
          path: p.fieldPath.map(String),
          message: p.messages,
          severity: 'error',
        }))
      : [
          {
            code: error.code,
            path: (error.fieldPath ?? []).map(String),
            message: { zh: error.messages.zh, en: error.messages.en },
            severity: 'error',
          },
        ],
  };
}

export async function checkOffer(
  models: Models,
  viewer: Viewer,
  caseGlobalId: string,
  stepKey: string,
  plan: unknown,
  data: unknown,
): Promise<OfferCheck> {
  const caseId = localObjectId(caseGlobalId, 'Case');
  if (!caseId) throw caseNotFound();
  const runtime = caseRuntimeOf(models);
  const c = await runtime.visibleCase(viewer, caseId);
  if (data != null && (typeof data !== 'object' || Array.isArray(data)))
    throw badInput(['data'], { zh: '表单数据须为对象。', en: 'Form data must be an object.' });
  let input: RepaymentPlanInput;
  try {
    input = planInputOf(plan);
    checkPlanStart(input, c.openedAt);
  } catch (error) {
    if (error instanceof AppError) return invalid(error);
    throw error;
  }
  const definition = await runtime.definition(c.templateKey, c.version);
  const state = projectedState(c, runtime.keys);
  const actor = await engineActor(models, viewer);
  const command: Command = {
    type: 'proposeOffer',
    stepKey,
    actor,
    offer: input,
    ...(data ? { data: data as Record<string, unknown> } : {}),
  };
  if (!state)
    return {
      verdict: 'INVALID',
      requiredRole: null,
      code: 'STEP_NOT_ACTIVE',
      message: { zh: '案件尚未开始。', en: 'The case has not started.' },
      problems: [],
    };
  const now = caseNow(models).toISOString();
  const dry = execute(definition, state, command, { now: () => now, newId: () => randomUUID() });
  if (dry.ok)
    return { verdict: 'WITHIN_AUTHORITY', requiredRole: null, code: null, message: null, problems: [] };
  const refusal = dry.error;
  const problems = (refusal.problems ?? []).map((p) => ({
    code: p.code,
    path: pathOf(p.path),
    message: { zh: p.message.zh, en: p.message.en },
    severity: p.severity,
  }));
  const message = { zh: refusal.message.zh, en: refusal.message.en };
  if (refusal.code === 'OFFER_OUTSIDE_AUTHORITY')
    return refusal.requiredRole
      ? {
          verdict: 'NEEDS_APPROVAL',
          requiredRole: refusal.requiredRole,
          code: refusal.code,
          message,
          problems,
        }
      : { verdict: 'OUTSIDE_AUTHORITY', requiredRole: null, code: refusal.code, message, problems };
  return {
    verdict: 'INVALID',
    requiredRole: refusal.requiredRole ?? null,
    code: refusal.code,
    message,
    problems,
  };
}
