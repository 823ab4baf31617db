import type { CaseEvent } from './case-event.types';
import type { CaseFacts, CaseState, ClockState, Token } from './case-state.types';
import type { OfferRecord, OfferStatus } from './offer.types';
import { UnreachableCaseError } from '../shared/unreachable-case.error';

/** A shallow-mutable copy of a state: top-level fields are reassigned, nested values replaced, never edited. */
export type CaseDraft = { -readonly [K in keyof CaseState]: CaseState[K] };

const NO_FACTS: CaseFacts = {
  escalationLevel: 0,
  changeRequests: 0,
  clockExtensions: 0,
  lastReview: null,
  customerResponse: null,
  lastContactAnswered: null,
  linkedOutcome: null,
};

const RUNNING_CLOCK: ClockState = {
  manualPause: false,
  stepPause: false,
  pausedSince: null,
  pausedIntervals: [],
  slaRuleKey: null,
  slaWarnings: 0,
  slaBreaches: 0,
};

/**
 * Replaces one token. Tokens are rebuilt field by field rather than spread: this runs for nearly
 * every event, and a literal of fixed shape is markedly cheaper for V8 than an object spread.
 */
function updateToken(
  d: CaseDraft,
  id: string,
  stepKey: string | null,
  activatedAt: string | null | undefined,
  assigneeRole: string | null | undefined,
  assigneeId: string | null,
): void {
  d.tokens = d.tokens.map((t) =>
    t.id !== id
      ? t
      : {
          id: t.id,
          stepKey: stepKey ?? t.stepKey,
          forks: t.forks,
          activatedAt: activatedAt === undefined ? t.activatedAt : activatedAt,
          assigneeRole: assigneeRole === undefined ? t.assigneeRole : assigneeRole,
          assigneeId,
        },
  );
}

function setOfferStatus(d: CaseDraft, offerId: string | null, status: OfferStatus): void {
  if (offerId === null) return;
  d.offers = d.offers.map((o) => (o.offerId === offerId ? { ...o, status } : o));
}

function setClock(d: CaseDraft, at: string, change: Partial<ClockState>): void {
  const before = d.clock;
  const next = { ...before, ...change };
  const wasPaused = before.manualPause || before.stepPause;
  const isPaused = next.manualPause || next.stepPause;
  if (!wasPaused && isPaused) next.pausedSince = at;
  if (wasPaused && !isPaused && before.pausedSince !== null) {
    next.pausedIntervals = [...before.pausedIntervals, [before.pausedSince, at] as const];
    next.pausedSince = null;
  }
  d.clock = next;
}

/** Creates the state from the first event of a case. */
export function startDraft(e: CaseEvent): CaseDraft {
  if (e.type !== 'caseStarted')
    throw new Error(`A case must begin with caseStarted, got ${e.type} (seq ${e.seq})`);
  return {
    caseId: e.caseId,
    definitionKey: e.definitionKey,
    definitionVersion: e.definitionVersion,
    status: 'active',
    seq: e.seq,
    startedAt: e.at,
    updatedAt: e.at,
    data: e.data,
    tokens: [
      {
        id: e.tokenId,
        stepKey: e.startStep,
        forks: [],
        activatedAt: null,
        assigneeRole: null,
        assigneeId: null,
      },
    ],
    forks: {},
    timers: {},
    offers: [],
    openOfferId: null,
    contactAttempts: [],
    facts: NO_FACTS,
    clock: RUNNING_CLOCK,
    visits: { [e.startStep]: 1 },
    outcome: null,
    endedAt: null,
  };
}

/**
 * Folds one event into a draft. Pure bookkeeping: no rules, no ports, no look-ups in the
 * definition, so old event logs replay the same under any engine version that knows the events.
 */
export function applyEvent(d: CaseDraft, e: CaseEvent): void {
  d.seq = e.seq;
  d.updatedAt = e.at;
  switch (e.type) {
    case 'caseStarted':
      throw new Error(`caseStarted may only be the first event (seq ${e.seq})`);
    case 'stepActivated':
      updateToken(d, e.tokenId, null, e.at, e.assigneeRole, null);
      return;
    case 'stepCompleted': {
      updateToken(d, e.tokenId, null, null, null, null);
      if (e.data || e.cleared) {
        const data: Record<string, unknown> = { ...d.data, ...e.data };
        for (const name of e.cleared ?? []) delete data[name];
        d.data = data;
      }
      if (e.outcome === 'approved' || e.outcome === 'rejected')
        d.facts = { ...d.facts, lastReview: e.outcome };
      // Timers of the step die with it (most steps have none: avoid copying then).
      for (const id in d.timers) {
        if (d.timers[id]?.tokenId === e.tokenId) {
          d.timers = Object.fromEntries(Object.entries(d.timers).filter(([, t]) => t.tokenId !== e.tokenId));
          break;
        }
      }
      return;
    }
    case 'transitionTaken':
      updateToken(d, e.tokenId, e.to, undefined, undefined, null);
      d.visits = { ...d.visits, [e.to]: (d.visits[e.to] ?? 0) + 1 };
      return;
    case 'tokensForked': {
      const parent = d.tokens.find((t) => t.id === e.tokenId);
      const forks = [...(parent?.forks ?? []), e.forkId];
      const children = e.childTokenIds.map((id): Token => ({
        id,
        stepKey: e.stepKey,
        forks,
        activatedAt: null,
        assigneeRole: null,
        assigneeId: null,
      }));
      d.tokens = [...d.tokens.filter((t) => t.id !== e.tokenId), ...children];
      d.forks = {
        ...d.forks,
        [e.forkId]: {
          splitKey: e.stepKey,
          parentForks: parent?.forks ?? [],
          expected: children.length,
          arrived: [],
        },
      };
      return;
    }
    case 'tokenArrived': {
      d.tokens = d.tokens.filter((t) => t.id !== e.tokenId);
      const fork = d.forks[e.forkId];
      if (fork) d.forks = { ...d.forks, [e.forkId]: { ...fork, arrived: [...fork.arrived, e.tokenId] } };
      return;
    }
    case 'tokensJoined': {
      const { [e.forkId]: fork, ...rest } = d.forks;
      d.forks = rest;
      d.tokens = [
        ...d.tokens,
        {
          id: e.tokenId,
          stepKey: e.stepKey,
          forks: fork?.parentForks ?? [],
          activatedAt: null,
          assigneeRole: null,
          assigneeId: null,
        },
      ];
      return;
    }
    case 'endReached':
      d.tokens = d.tokens.filter((t) => t.id !== e.tokenId);
      if (d.tokens.length === 0) {
        d.status = 'completed';
        d.outcome = e.outcome;
        d.endedAt = e.at;
        d.timers = {};
        d.forks = {};
      }
      return;
    case 'contactConsentRecorded':
      d.contactConsent = { grantedAt: e.grantedAt, expiresAt: e.expiresAt };
      return;
    case 'communicationLogged':
      d.contactAttempts = [
        ...d.contactAttempts,
        { at: e.at, channel: e.channel, contact: e.contact, answered: e.answered },
      ];
      d.facts = { ...d.facts, lastContactAnswered: e.answered };
      return;
    case 'offerProposed': {
      const record: OfferRecord = {
        offerId: e.offerId,
        stepKey: e.stepKey,
        input: e.input,
        summary: e.summary,
        proposedBy: e.actor.id,
        status: 'proposed',
      };
      d.offers = [
        ...d.offers.map((o) =>
          o.status === 'proposed' || o.status === 'changes-requested'
            ? { ...o, status: 'superseded' as const }
            : o,
        ),
        record,
      ];
      d.openOfferId = e.offerId;
      return;
    }
    case 'customerResponded':
      setOfferStatus(d, e.offerId, e.response);
      d.facts = {
        ...d.facts,
        customerResponse: e.response,
        changeRequests: d.facts.changeRequests + (e.response === 'changes-requested' ? 1 : 0),
      };
      return;
    case 'agreementSigned':
      setOfferStatus(d, e.offerId, 'signed');
      return;
    case 'linkedCaseClosed':
      d.facts = { ...d.facts, linkedOutcome: e.outcome };
      return;
    case 'timerScheduled':
      d.timers = { ...d.timers, [e.timerId]: { stepKey: e.stepKey, tokenId: e.tokenId } };
      return;
    case 'timerFired': {
      const { [e.timerId]: _fired, ...rest } = d.timers;
      d.timers = rest;
      return;
    }
    case 'slaSelected':
      // A different SLA is a different clock: its warnings and breaches start from zero.
      d.clock = { ...d.clock, slaRuleKey: e.ruleKey, slaWarnings: 0, slaBreaches: 0 };
      return;
    case 'slaWarned':
      d.clock = { ...d.clock, slaWarnings: d.clock.slaWarnings + 1 };
      return;
    case 'slaBreached':
      d.clock = { ...d.clock, slaBreaches: d.clock.slaBreaches + 1 };
      d.facts = { ...d.facts, escalationLevel: e.escalationLevel };
      return;
    case 'caseEscalated':
      d.facts = { ...d.facts, escalationLevel: e.level };
      return;
    case 'stepReassigned':
      updateToken(d, e.tokenId, null, undefined, undefined, e.assigneeId);
      return;
    case 'clockPaused':
      setClock(d, e.at, e.cause === 'manual' ? { manualPause: true } : { stepPause: true });
      return;
    case 'clockResumed':
      setClock(d, e.at, e.cause === 'manual' ? { manualPause: false } : { stepPause: false });
      return;
    case 'deadlineExtended':
      d.facts = { ...d.facts, clockExtensions: e.stage };
      return;
    case 'caseMigrated': {
      d.definitionKey = e.toKey;
      d.definitionVersion = e.toVersion;
      const moves = new Map(e.moves.map((m) => [m.tokenId, m]));
      d.tokens = d.tokens.map((t) => {
        const move = moves.get(t.id);
        return move ? { ...t, stepKey: move.to, assigneeRole: move.assigneeRole, assigneeId: null } : t;
      });
      if (e.droppedFields.length > 0) {
        const dropped = new Set(e.droppedFields);
        d.data = Object.fromEntries(Object.entries(d.data).filter(([k]) => !dropped.has(k)));
      }
      if (e.cancelledTimers.length > 0) {
        const cancelled = new Set(e.cancelledTimers);
        d.timers = Object.fromEntries(Object.entries(d.timers).filter(([k]) => !cancelled.has(k)));
      }
      return;
    }
    case 'caseCancelled':
      d.status = 'cancelled';
      d.tokens = [];
      d.timers = {};
      d.forks = {};
      d.endedAt = e.at;
      return;
    case 'caseClosed':
      d.status = 'closed';
      return;
    default:
      throw new UnreachableCaseError(e);
  }
}
