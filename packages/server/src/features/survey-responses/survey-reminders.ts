/**
 * The one reminder of an unanswered invitation, PARLEY_SURVEY_REMIND_HOURS (default 48) after it was
 * sent, while the link is still valid. A sweep on the injectable case clock (`caseNow`), safe with any
 * number of server processes: the insert of `survey_reminders` (`_id` = the invitation id) decides which
 * sweep sends it, so two sweeps — of one process or of several — append `surveyReminderSent` once. A
 * sweep that wins the insert but cannot append (the case busy) gives the claim back for the next round.
 * The webhook delivering `surveyReminderSent` carries the link again (survey-webhook.ts).
 *
 * The sweep also settles invitations left `pending` (their batch's fate unknown after a crash): confirmed
 * when their `surveySent` is in the log, voided otherwise; and prunes old rate-limit records.
 */
import { trusted } from 'mongoose';
import type { Logger } from 'pino';
import type { Models } from '../../db/models';
import { AppError, isDuplicateKeyError } from '../../errors/app-error';
import { startPollingLoop } from '../../workers/polling-loop';
import type { CaseRuntime } from '../cases';
import { caseNow, caseRuntimeOf } from '../cases';
import type { SurveyInvitationRecord } from './survey-response.model';
import { pruneSurveyAttempts } from './survey-throttle';

const SURVEY_VIEWER = { kind: 'system', name: 'surveys' } as const;
/** A pending invitation older than this lost its batch or its process. */
const PENDING_GRACE_MS = 2 * 60_000;

/** Settles pending invitations from the log. */
async function settlePending(models: Models, now: Date): Promise<void> {
  const stale = await models.SurveyInvitation.find({
    state: 'pending',
    issuedAt: trusted({ $lt: new Date(now.getTime() - PENDING_GRACE_MS) }),
  })
    .limit(200)
    .lean<SurveyInvitationRecord[]>()
    .exec();
  for (const inv of stale) {
    const sent = await models.CaseEvent.exists({
      caseId: inv.caseId,
      type: 'surveySent',
      'data.invitationId': inv._id,
    }).exec();
    await models.SurveyInvitation.updateOne(
      { _id: inv._id, state: 'pending' },
      { state: sent ? 'sent' : 'void' },
    ).exec();
  }
}

/** One sweep: sends the due reminders; returns how many this sweep sent. */
export async function sendDueSurveyReminders(models: Models): Promise<number> {
  const now = caseNow(models);
  await settlePending(models, now);
  await pruneSurveyAttempts(models, now);
  const due = await models.SurveyInvitation.find({
    remindAt: trusted({ $lte: now }),
    state: 'sent',
    answeredAt: null,
    remindedAt: null,
    expiresAt: trusted({ $gt: now }),
  })
    .sort({ remindAt: 1 })
    .limit(200)
    .lean<SurveyInvitationRecord[]>()
    .exec();
  const runtime = caseRuntimeOf(models);
  let sent = 0;
  for (const inv of due) {
    try {
      await models.SurveyReminder.create({ _id: inv._id, caseId: inv.caseId, at: now });
    } catch (err) {
      if (isDuplicateKeyError(err)) continue; // another sweep sends (or sent) it
      throw err;
    }
    try {
      await remind(runtime, inv);
    } catch (err) {
      await models.SurveyReminder.deleteOne({ _id: inv._id }).exec();
      throw err;
    }
    await models.SurveyInvitation.updateOne({ _id: inv._id }, { remindedAt: now }).exec();
    sent++;
  }
  return sent;
}

async function remind(runtime: CaseRuntime, inv: SurveyInvitationRecord): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await runtime.run(
        SURVEY_VIEWER,
        inv.caseId,
        'surveyReminder',
        { invitationId: inv._id },
        () => ({ kind: 'host', type: 'surveyReminderSent', data: { invitationId: inv._id } }),
        null,
      );
      return;
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'CONFLICT') || attempt >= 5) throw err;
    }
  }
}

export interface SurveyReminderSweep {
  stop(): Promise<void>;
  runOnce(): Promise<number>;
}

/** The reminder sweep of a server process (every `intervalMs`, default a minute). */
export function startSurveyReminderSweep(options: {
  models: Models;
  logger: Logger;
  intervalMs?: number;
}): SurveyReminderSweep {
  const log = options.logger.child({ component: 'survey-reminders' });
  const loop = startPollingLoop<number, undefined>({
    round: () => sendDueSurveyReminders(options.models),
    intervalMs: options.intervalMs ?? 60_000,
    regular: undefined,
    onError: (err) => log.error({ err }, 'survey reminder sweep failed'),
  });
  return { stop: () => loop.stop(), runOnce: () => loop.runOnce() };
}
