/**
 * The contact-compliance guard over GraphQL, read-only: `contactCheck` asks the engine's guard
 * (`evaluateContactAttempt`, the same function `logCommunication` runs through the engine) whether an
 * attempt now would be allowed, against the case's logged attempts; `Case.contactAttempts` lists those
 * attempts with the contact masked. The flow's `contactPolicy` decides (quiet hours, unanswered attempts
 * per contact per local day); a flow without one limits nothing, as in the engine.
 */
import {
  COMMUNICATION_CHANNELS,
  DEFAULT_TIME_ZONE,
  caseContactDecision,
  instantToZonedParts,
  type ContactCompliancePolicy,
} from '@parley/engine';
import type { Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { badInput } from '../../../errors/app-error';
import type { Viewer } from '../../access';
import type { CaseRecord, StoredEvent } from '../case.model';
import { projectedState } from '../runtime/case-projection';
import { caseNow, caseRuntimeOf } from '../runtime/case-runtime.service';
import { dataKeysOf, isSealed } from '../../privacy';
import { maskAny } from '../../privacy';

export interface ContactCheckResult {
  allowed: boolean;
  reason: { zh: string; en: string } | null;
  unansweredToday: number;
  dailyLimit: number;
  nextAllowedAt: Date | null;
}

export interface ContactAttemptView {
  channel: string;
  contact: string;
  answered: boolean;
  summary: string;
  at: Date;
  actor: string | null;
}

function checkInput(contact: string, channel: string): { contact: string; channel: string } {
  const c = contact.trim();
  if (c.length === 0 || c.length > 200)
    throw badInput(['contact'], {
      zh: 'contact 须为 1–200 个字符。',
      en: 'contact must be 1–200 characters.',
    });
  if (!(COMMUNICATION_CHANNELS as readonly string[]).includes(channel))
    throw badInput(['channel'], {
      zh: `渠道须为 ${COMMUNICATION_CHANNELS.join('、')} 之一。`,
      en: `The channel must be one of ${COMMUNICATION_CHANNELS.join(', ')}.`,
    });
  return { contact: c, channel };
}

export class ContactService {
  constructor(private readonly models: Models) {}

  /** What the guard would say about contacting `contact` over `channel` now; writes nothing. */
  async check(
    viewer: Viewer,
    caseId: Types.ObjectId,
    contactInput: string,
    channelInput: string,
  ): Promise<ContactCheckResult> {
    const { contact, channel } = checkInput(contactInput, channelInput);
    const runtime = caseRuntimeOf(this.models);
    const current = await runtime.visibleCase(viewer, caseId);
    const definition = await runtime.definition(current.templateKey, current.version);
    const state = projectedState(current, runtime.keys);
    const policy: ContactCompliancePolicy | undefined = definition.contactPolicy;
    const now = caseNow(this.models);
    const zone = policy?.timeZone ?? DEFAULT_TIME_ZONE;
    const today = instantToZonedParts(now.toISOString(), zone).date;
    const unansweredToday = (state?.contactAttempts ?? []).filter(
      (a) =>
        a.contact === contact &&
        !a.answered &&
        (!policy?.countedChannels || policy.countedChannels.includes(a.channel)) &&
        new Date(a.at).getTime() <= now.getTime() &&
        instantToZonedParts(a.at, zone).date === today,
    ).length;
    if (!policy || !state)
      return {
        allowed: true,
        reason: null,
        unansweredToday,
        dailyLimit: policy?.maxUnansweredPerContactPerDay ?? 0,
        nextAllowedAt: null,
      };
    // The same decision logCommunication gets from the engine (attempts and quiet-hours consent).
    const decision = caseContactDecision(policy, state, { at: now.toISOString(), contact, channel });
    return decision.allowed
      ? {
          allowed: true,
          reason: null,
          unansweredToday,
          dailyLimit: policy.maxUnansweredPerContactPerDay,
          nextAllowedAt: null,
        }
      : {
          allowed: false,
          reason: { zh: decision.message.zh, en: decision.message.en },
          unansweredToday,
          dailyLimit: policy.maxUnansweredPerContactPerDay,
          nextAllowedAt: new Date(decision.nextAllowedAt),
        };
  }

  /** The logged attempts of a case (its `communicationLogged` events), oldest first, contacts masked. */
  async attempts(c: CaseRecord): Promise<ContactAttemptView[]> {
    const keys = dataKeysOf(this.models);
    const events = await this.models.CaseEvent.find({ caseId: c._id, type: 'communicationLogged' })
      .sort({ seq: 1 })
      .lean<StoredEvent[]>()
      .exec();
    // Only events folded into the projection: a batch cut off half-way is not part of the case.
    return events
      .filter((e) => e.seq <= c.seq)
      .map((e) => {
        const raw = e.data['contact'];
        const contact = isSealed(raw) ? keys.open(raw) : raw;
        return {
          channel: String(e.data['channel']),
          contact: maskAny(contact),
          answered: e.data['answered'] === true,
          summary: typeof e.data['summary'] === 'string' ? e.data['summary'] : '',
          at: e.at,
          actor: e.actor,
        };
      });
  }
}
