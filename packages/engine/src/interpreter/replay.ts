import type { FlowDefinition } from '../definition/flow-definition.types';
import { applyEvent, startDraft } from './apply-event';
import type { CaseEvent } from './case-event.types';
import type { CaseState } from './case-state.types';

/** The event log is broken (a gap, a foreign event): data corruption, not a user mistake. */
export class EventLogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventLogError';
  }
}

/**
 * Rebuilds a case's state from its events: the same fold `execute` performs, so
 * `replay(def, allEvents)` equals the state `execute` last returned. Rules are not re-run — decisions
 * are in the events — which is why an old log replays identically after the definition's rules
 * changed.
 */
export function replay(definition: FlowDefinition, events: readonly CaseEvent[]): CaseState | null {
  const first = events[0];
  if (!first) return null;
  const draft = startDraft(first);
  if (draft.definitionKey !== definition.key)
    throw new EventLogError(`Events of ${draft.definitionKey} replayed against ${definition.key}`);
  for (let i = 1; i < events.length; i++) {
    const e = events[i] as CaseEvent;
    if (e.seq !== draft.seq + 1) throw new EventLogError(`Event seq ${e.seq} follows ${draft.seq}`);
    if (e.caseId !== draft.caseId)
      throw new EventLogError(`Event of case ${e.caseId} in the log of ${draft.caseId}`);
    applyEvent(draft, e);
  }
  // A migrated case ends on the version it was migrated to; that is the one to replay against.
  if (draft.definitionVersion !== definition.version)
    throw new EventLogError(
      `The log ends on ${draft.definitionKey} v${draft.definitionVersion}, not v${definition.version}`,
    );
  return draft;
}
