/**
 * An audited read: a host event naming what was read is appended to the case's log BEFORE the content
 * leaves (attachments' `attachmentRead`, the signed agreement's `agreementRead`), like
 * `customerFieldRevealed`. A concurrent command on the same case may win the append (CONFLICT): the read
 * is retried a few times, since it decides nothing and cannot be refused by what the other command did.
 */
import type { Types } from 'mongoose';
import { AppError } from '../../../errors/app-error';
import type { Viewer } from '../../access';
import type { HostEvent } from './case-event-codec';
import type { CaseRuntime } from '../runtime/case-runtime.service';

const ATTEMPTS = 5;

export async function recordRead(
  runtime: CaseRuntime,
  viewer: Viewer,
  caseId: Types.ObjectId,
  operation: string,
  event: HostEvent,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await runtime.run(viewer, caseId, operation, event.data, () => ({ kind: 'host', ...event }), null);
      return;
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'CONFLICT') || attempt >= ATTEMPTS) throw err;
      // Back off a little (randomised, growing) so the retries of several readers do not collide again.
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
}
