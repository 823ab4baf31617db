/**
 * Bulk case work (`bulkReassignCases`, `bulkCloseCases`): every case goes through the single-case
 * mutation's own resolver (same validation, same command path, same refusals), independently — one
 * failure never stops the rest — at most `BULK_CONCURRENCY` at a time. A request key gives each case
 * its own idempotency key, derived from the request key, the operation and the case id, so a retry of
 * the whole batch replays the cases that went through and re-tries (and fails the same way) the rest.
 */
import { createHash } from 'node:crypto';
import { AppError, badInput } from '../../../errors/app-error';
import type { ErrorCode } from '../../../generated/resolvers-types';
import type { CaseRecord } from '../case.model';
import type { CommandOutcome } from '../runtime/case-runtime.service';
import { checkIdempotencyKey } from '../log/idempotency';

export const BULK_MAX = 200;
export const BULK_CONCURRENCY = 4;

export interface BulkCaseOutcome {
  caseId: string;
  ok: boolean;
  case: CaseRecord | null;
  errorCode: ErrorCode | null;
  errorMessage: { zh: string; en: string } | null;
}

/** The idempotency key of one case of a bulk request (at most 200 printable characters). */
export function bulkCaseKey(operation: string, requestKey: string, caseId: string): string {
  const digest = createHash('sha256').update(`${operation}\n${requestKey}\n${caseId}`).digest('hex');
  return `bulk:${operation}:${digest}`;
}

/** Checks the batch, then runs `one` per distinct case id; results in the order given. */
export async function runBulk(
  operation: string,
  caseIds: readonly string[],
  idempotencyKey: string | null | undefined,
  one: (caseId: string, key: string | null) => Promise<CommandOutcome>,
): Promise<BulkCaseOutcome[]> {
  if (caseIds.length < 1 || caseIds.length > BULK_MAX)
    throw badInput(['caseIds'], {
      zh: `caseIds 须有 1–${BULK_MAX} 个案件。`,
      en: `caseIds must hold 1–${BULK_MAX} cases.`,
    });
  if (idempotencyKey != null) checkIdempotencyKey(idempotencyKey);
  const distinct = [...new Set(caseIds)];
  const results = new Map<string, BulkCaseOutcome>();
  let next = 0;
  async function worker(): Promise<void> {
    while (next < distinct.length) {
      const caseId = distinct[next++] as string;
      results.set(caseId, await settle(caseId));
    }
  }
  async function settle(caseId: string): Promise<BulkCaseOutcome> {
    try {
      const key = idempotencyKey != null ? bulkCaseKey(operation, idempotencyKey, caseId) : null;
      const outcome = await one(caseId, key);
      return { caseId, ok: true, case: outcome.case, errorCode: null, errorMessage: null };
    } catch (err) {
      if (err instanceof AppError)
        return { caseId, ok: false, case: null, errorCode: err.code, errorMessage: err.messages };
      return {
        caseId,
        ok: false,
        case: null,
        errorCode: 'INTERNAL_SERVER_ERROR',
        errorMessage: { zh: '服务器内部错误。', en: 'Internal server error.' },
      };
    }
  }
  await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, distinct.length) }, worker));
  return caseIds.map((id) => results.get(id) as BulkCaseOutcome);
}
