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
  ruleCache?: RuleContext & { readonly offers: CaseDraft['offers'] };
}

type Envelope = { -readonly [K in 'caseId' | 'seq' | 'at']: CaseEvent[K] };

/**
 * Records an event: numbers and stamps it, folds it into the draft, appends it to the log. Takes
 * ownership of `body` (always a fresh literal at the call site) and completes it in place, which
 * keeps the hot path free of object copies.
 */
export function emit(s: Session, body: CaseEventBody): void {
  const event = body as CaseEventBody & Envelope;
  event.caseId = s.caseId;
  event.seq = s.draft.seq + 1;
  event.at = s.now;
  applyEvent(s.draft, event);
  s.events.push(event);
}

export function effect(s: Session, e: Effect): void {
  s.effects.push({
    caseId: s.caseId,
    idempotencyKey: `${s.caseId}:${s.firstSeq}:${s.effects.length}`,
    effect: e,
  });
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

/**
 * What rules see. Cached while the draft's data, facts and offers are the same objects: the reducer
 * replaces them on change, so identity tells whether the cache is still good.
 */
export function ruleContext(s: Session): RuleContext {
  const d = s.draft;
  const cached = s.ruleCache;
  if (cached && cached.data === d.data && cached.case === d.facts && cached.offers === d.offers)
    return cached;
  const context = { data: d.data, case: d.facts, offer: offerFacts(openOffer(d)), offers: d.offers };
  s.ruleCache = context;
  return context;
}
