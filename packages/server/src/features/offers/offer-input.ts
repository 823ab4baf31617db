/**
 * The checks every offer command makes of its input and its case before anything runs: a bounded text,
 * the case's id, the case still live, and the active steps of a kind (confirmation, signature).
 */
import type { CaseState, FlowDefinition } from '@parley/engine';
import type { Types } from 'mongoose';
import { AppError, badInput } from '../../errors/app-error';
import type { CaseRecord } from '../cases';
import { caseNotFound } from '../cases';
import { localObjectId } from '../cases';

/** A trimmed text of 1 to `max` characters; BAD_USER_INPUT at `field` otherwise. */
export function text(value: string, field: string, max: number): string {
  const t = value.trim();
  if (t.length === 0 || t.length > max)
    throw badInput([field], {
      zh: `${field} 须为 1–${max} 个字符。`,
      en: `${field} must be 1–${max} characters.`,
    });
  return t;
}

/** The case's local id from its global id; NOT_FOUND when it is not one. */
export function caseIdOf(globalId: string): Types.ObjectId {
  const id = localObjectId(globalId, 'Case');
  if (!id) throw caseNotFound();
  return id;
}

/** CASE_CLOSED once the case is closed or cancelled. */
export function live(c: CaseRecord): void {
  if (c.status === 'CLOSED' || c.status === 'CANCELLED')
    throw new AppError('CASE_CLOSED', {
      zh: '案件已结束，不能再操作。',
      en: 'The case is over; nothing more can be done.',
    });
}

/** The active steps of `kind` (the definition's step kinds). */
export function activeStepsOf(state: CaseState | null, definition: FlowDefinition, kind: string): string[] {
  if (!state || state.status !== 'active') return [];
  const active = new Set(state.tokens.filter((t) => t.activatedAt !== null).map((t) => t.stepKey));
  return definition.steps
    .filter((s) => active.has(s.key) && s.kind === kind)
    .filter((s) => s.kind !== 'signature' || s.signer === 'customer')
    .map((s) => s.key);
}
