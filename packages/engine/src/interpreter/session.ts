import type { Effect, IssuedEffect } from './effect.types';
import type { CaseEvent, CaseEventBody } from './case-event.types';
import type { CaseDraft } from './apply-event';
import { applyEvent } from './apply-event';
import type { CompiledFlow } from './compiled-flow';
import type { EnginePorts, Instant } from './ports.types';
import type { RuleContext } from '../rules/rule-evaluator';
import type { OfferRecord, OfferSummary } from './offer.types';

/**
 * The working copy of one command's execution: the draft state, the events and effects produced so
 * far. Every event is applied to the draft the moment it is emitted, so handlers always see the state
 * the event log describes — the same fold `replay` performs.
 */
export interface Session {
  readonly flow: CompiledFlow;
  readonly ports: EnginePorts;
  /** Read once per command: all events of a command share one timestamp. */
  readonly now: Instant;
  readonly caseId: string;
  draft: CaseDraft;
  readonly events: CaseEvent[];
  readonly effects: IssuedEffect[];
  /** Seq of the command's first event: with the effect's index it makes the idempotency key. */
  readonly firstSeq: number;
  /** Steps entered during this command, to stop automatic steps that loop forever. */
  entered: number;
}

export function emit(s: Session, body: CaseEventBody): void {
  const event = { ...body, caseId: s.caseId, seq: s.draft.seq + 1, at: s.now } as CaseEvent;
  applyEvent(s.draft, event);
  s.events.push(event);
}

export function effect(s: Session, e: Effect): void {
  s.effects.push({ ...e, caseId: s.caseId, idempotencyKey: `${s.caseId}:${s.firstSeq}:${s.effects.length}` });
}

export function openOffer(draft: CaseDraft): OfferRecord | undefined {
  if (draft.openOfferId === null) return undefined;
  return draft.offers.find((o) => o.offerId === draft.openOfferId);
}

/** An offer as rules see it (`offer.*`, see OFFER_VARIABLES). */
export function summaryFacts(s: OfferSummary): Record<string, unknown> {
  return {
    kind: s.kind,
    owedTotalFen: s.owedTotalFen,
    forgivenFen: s.forgivenFen,
    // A float here is only ever compared in rules; the amounts themselves stay exact.
    forgivenPercent: Number(s.forgivenPercent),
    downPaymentFen: s.downPaymentFen,
    financedFen: s.financedFen,
    termMonths: s.termMonths,
    totalDueFen: s.totalDueFen,
  };
}

export function offerFacts(offer: OfferRecord | undefined): Record<string, unknown> | null {
  return offer ? summaryFacts(offer.summary) : null;
}

export function ruleContext(s: Session): RuleContext {
  return { data: s.draft.data, case: s.draft.facts, offer: offerFacts(openOffer(s.draft)) };
}
