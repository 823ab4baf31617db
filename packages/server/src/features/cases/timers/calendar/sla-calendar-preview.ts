/**
 * What a calendar change would do to open cases, computed without writing (`previewSlaCalendarChange`):
 * for every open case whose flow counts on the calendar, its SLA due time on the calendar as it stands
 * and as it would stand (`slaMoveOf`, the recompute's own decision, so `slaMoves` is what
 * `casesRecomputed` will report), and its regulatory complaint deadline before and after (the complaint
 * clock is computed on read, so it moves as soon as the change is saved).
 */
import { complaintClock, type BusinessCalendar } from '@parley/engine';
import { trusted, type Types } from 'mongoose';
import type { Models } from '../../../../db/models';
import { notFound } from '../../../../errors/app-error';
import { toGlobalId } from '../../../../graphql/global-id';
import type { CaseRecord, StoredEvent } from '../../case.model';
import { projectedState } from '../../runtime/case-projection';
import { caseRuntimeOf } from '../../runtime/case-runtime.service';
import { checkOverlay, checkYearInput, type CalendarYearInput } from './sla-calendar.service';
import { isShippedCalendar, loadCalendar, loadCalendars } from './sla-calendar.store';
import { slaMoveOf } from '../sla-move';
import { OPEN_STATUSES } from '../sla-recompute';

const PAGE = 100;
const SAMPLES = 20;

export interface DeadlineMoveView {
  caseId: string;
  reference: string;
  kind: 'SLA' | 'COMPLAINT';
  from: Date | null;
  to: Date;
}

export interface CalendarChangePreview {
  calendarKey: string;
  year: number;
  openCases: number;
  casesAffected: number;
  slaMoves: number;
  complaintMoves: number;
  samples: DeadlineMoveView[];
}

/** The complaint deadline of a case on `calendar`, with its recorded extensions. */
async function complaintDeadline(
  models: Models,
  c: CaseRecord,
  calendar: BusinessCalendar,
): Promise<Date | null> {
  const events = await models.CaseEvent.find({ caseId: c._id, type: 'deadlineExtended' })
    .sort({ seq: 1 })
    .lean<StoredEvent[]>()
    .exec();
  try {
    const state = complaintClock(
      (c.receivedAt ?? c.openedAt).toISOString(),
      calendar,
      events.map((e) => ({
        reason: String(e.data['reason'] ?? ''),
        ...(typeof e.data['approvedBy'] === 'string' ? { approvedBy: e.data['approvedBy'] } : {}),
        at: e.at.toISOString(),
      })),
    );
    return new Date(state.dueAt);
  } catch {
    return null;
  }
}

export async function previewCalendarChange(
  models: Models,
  key: string,
  input: CalendarYearInput,
): Promise<CalendarChangePreview> {
  if (!isShippedCalendar(key)) throw notFound({ zh: '工作日历', en: 'calendar' }, ['key']);
  const year = checkYearInput(input);
  const current = await loadCalendar(models, key);
  if (!current) throw notFound({ zh: '工作日历', en: 'calendar' }, ['key']);
  const nextCalendar = checkOverlay(current.calendar, year, current.revision + 1);
  const before = await loadCalendars(models);
  const after = new Map(before);
  after.set(key, { key, revision: current.revision + 1, calendar: nextCalendar });

  const runtime = caseRuntimeOf(models);
  const out: CalendarChangePreview = {
    calendarKey: key,
    year: year.year,
    openCases: 0,
    casesAffected: 0,
    slaMoves: 0,
    complaintMoves: 0,
    samples: [],
  };
  let cursor: Types.ObjectId | null = null;
  for (;;) {
    const page: CaseRecord[] = await models.Case.find({
      status: trusted({ $in: OPEN_STATUSES }),
      ...(cursor ? { _id: trusted({ $gt: cursor }) } : {}),
    })
      .sort({ _id: 1 })
      .limit(PAGE)
      .lean<CaseRecord[]>()
      .exec();
    for (const c of page) {
      const definition = await runtime.definition(c.templateKey, c.version);
      const onSla = definition.sla?.rules.some((r) => r.policy.calendarId === key) ?? false;
      const onComplaint = definition.sla?.regulatoryComplaintClock?.calendarId === key;
      if (!onSla && !onComplaint) continue;
      out.openCases++;
      const moves: DeadlineMoveView[] = [];
      const caseId = toGlobalId('Case', c._id.toHexString());
      if (onSla) {
        const move = slaMoveOf(c, projectedState(c, runtime.keys), definition, after, key);
        if (move) {
          out.slaMoves++;
          moves.push({ caseId, reference: c.reference, kind: 'SLA', from: move.from, to: move.to });
        }
      }
      if (onComplaint) {
        const from = await complaintDeadline(models, c, current.calendar);
        const to = await complaintDeadline(models, c, nextCalendar);
        if (to && from?.getTime() !== to.getTime()) {
          out.complaintMoves++;
          moves.push({ caseId, reference: c.reference, kind: 'COMPLAINT', from, to });
        }
      }
      if (moves.length > 0) out.casesAffected++;
      for (const m of moves) if (out.samples.length < SAMPLES) out.samples.push(m);
    }
    if (page.length < PAGE) break;
    cursor = page.at(-1)!._id;
  }
  return out;
}
