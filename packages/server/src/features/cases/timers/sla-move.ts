/**
 * Whether a case's SLA due time would be recomputed on a set of calendars: the one decision shared by
 * the recompute (which appends `slaRecomputed`) and the preview (which only counts), so the preview's
 * figure is what the recompute will report. Pure.
 */
import type { CaseState, FlowDefinition } from '@parley/engine';
import type { CaseRecord } from '../case.model';
import { caseSla } from './case-sla';
import type { CalendarSet } from './calendar/sla-calendar.store';

export interface SlaMove {
  from: Date | null;
  to: Date;
  /** Set when the provisional mark is involved (either side). */
  provisional?: { from: boolean; to: boolean };
}

/** The move of the case's due time on `calendars` when its SLA counts on `key`; null when nothing changes. */
export function slaMoveOf(
  current: Pick<CaseRecord, 'dueAt' | 'dueAtProvisional'>,
  state: CaseState | null,
  definition: FlowDefinition,
  calendars: CalendarSet,
  key: string,
): SlaMove | null {
  const sla = caseSla(definition, state, calendars);
  if (!sla?.ok || sla.plan.calendarKey !== key) return null;
  const to = new Date(sla.plan.evaluation.dueAt);
  const wasProvisional = current.dueAtProvisional === true;
  const provisional = sla.plan.evaluation.provisional;
  if (current.dueAt && current.dueAt.getTime() === to.getTime() && wasProvisional === provisional)
    return null;
  return {
    from: current.dueAt ?? null,
    to,
    ...(wasProvisional || provisional ? { provisional: { from: wasProvisional, to: provisional } } : {}),
  };
}
