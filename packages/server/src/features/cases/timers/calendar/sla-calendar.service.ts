/**
 * Changing a working calendar and recomputing the SLAs of open cases (docs/timers.md "Calendars",
 * docs/calendars.md).
 *
 * `update` validates the whole input first (`checkYearInput`, shared with the preview), appends the
 * change as revision n + 1 (unique (key, revision): of two concurrent changes one wins, the other is
 * retried on the new head), records it in the configuration audit log, then recomputes every open case
 * (sla-recompute.ts: a job with its progress in the database, awaited or in the background): a case
 * whose due time moves, or whose provisional due time becomes firm or the reverse, gets an
 * `slaRecomputed` event and its SLA timers are re-synced; the sweep resumes a job a crash cut short.
 */
import { isIsoDate, isoWeekdayOf, validateBusinessCalendar, type IsoDate } from '@parley/engine';
import type { Models } from '../../../../db/models';
import { AppError, badInput, isDuplicateKeyError, notFound } from '../../../../errors/app-error';
import type { Viewer } from '../../../access';
import { actorName } from '../../../access';
import { ConfigAuditService } from '../../../audit';
import type { SlaRecomputeProgressDoc } from './sla-calendar.model';
import { isShippedCalendar, loadCalendar, overlay, shippedCalendarKeys } from './sla-calendar.store';
import { runRecompute, startRecompute } from '../sla-recompute';

export {
  CALENDAR_VIEWER,
  recomputeOpenCases,
  repairCalendarRecomputes,
  runRecompute,
} from '../sla-recompute';

export interface SlaCalendarView {
  key: string;
  timeZone: string;
  years: number[];
  revision: number;
}

export interface CalendarYearInput {
  year: number;
  holidays: readonly string[];
  workdays: readonly string[];
  names?: readonly { date: string; name: string }[] | null;
}

/** A year's input, checked and normalised (sorted, unique, names trimmed). */
export interface CheckedYear {
  year: number;
  holidays: IsoDate[];
  workdays: IsoDate[];
  names: { date: IsoDate; name: string }[];
}

function dates(values: readonly string[], year: number, field: 'holidays' | 'workdays'): IsoDate[] {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    const path = ['input', field, i];
    if (!isIsoDate(value))
      throw badInput(path, { zh: `日期格式无效：${value}`, en: `Not a valid date (YYYY-MM-DD): ${value}` });
    if (!value.startsWith(`${year}-`))
      throw badInput(path, { zh: `日期 ${value} 不在 ${year} 年内。`, en: `${value} is not in ${year}.` });
    if (seen.has(value))
      throw badInput(path, { zh: `日期 ${value} 重复。`, en: `${value} is listed twice.` });
    seen.add(value);
  });
  return [...seen].sort() as IsoDate[];
}

export class SlaCalendarService {
  constructor(private readonly models: Models) {}

  async list(): Promise<SlaCalendarView[]> {
    const out: SlaCalendarView[] = [];
    for (const key of shippedCalendarKeys()) {
      const loaded = await loadCalendar(this.models, key);
      if (loaded) out.push(view(loaded.key, loaded.revision, loaded.calendar));
    }
    return out;
  }

  async update(
    viewer: Viewer,
    key: string,
    input: CalendarYearInput,
    reason: string,
    options: { background?: boolean; onBackgroundError?: (err: unknown) => void } = {},
  ): Promise<{ calendar: SlaCalendarView; casesRecomputed: number; recompute: SlaRecomputeProgressDoc }> {
    if (!isShippedCalendar(key)) throw notFound({ zh: '工作日历', en: 'calendar' }, ['key']);
    const why = reason.trim();
    if (why.length < 1 || why.length > 500)
      throw badInput(['reason'], { zh: '原因须为 1–500 个字符。', en: 'reason must be 1–500 characters.' });
    const { year, holidays, workdays, names } = checkYearInput(input);

    let revision = 0;
    for (let attempt = 0; ; attempt++) {
      const current = await loadCalendar(this.models, key);
      if (!current) throw notFound({ zh: '工作日历', en: 'calendar' }, ['key']);
      checkOverlay(current.calendar, { year, holidays, workdays, names }, current.revision + 1);
      try {
        revision = current.revision + 1;
        await this.models.SlaCalendarChange.create({
          key,
          revision,
          year,
          holidays,
          workdays,
          ...(names.length > 0 ? { names } : {}),
          reason: why,
          actor: actorName(viewer),
          at: new Date(),
        });
        break;
      } catch (err) {
        if (!isDuplicateKeyError(err) || attempt >= 4) {
          if (isDuplicateKeyError(err))
            throw new AppError('CONFLICT', {
              zh: '工作日历正被他人修改，请重试。',
              en: 'The calendar is being changed by someone else; retry.',
            });
          throw err;
        }
      }
    }
    await new ConfigAuditService(this.models.ConfigAudit).record(viewer, {
      action: 'slaCalendar.update',
      entityType: 'SlaCalendar',
      entityKey: key,
      details: { revision, year, holidays, workdays, names, reason: why },
    });
    const job = await startRecompute(this.models, key, revision);
    let casesRecomputed = 0;
    if (options.background) {
      // Not awaited: the job stores its progress; if this process dies, the sweep of any process resumes it.
      runRecompute(this.models, key, revision).catch((err: unknown) => options.onBackgroundError?.(err));
    } else {
      casesRecomputed = await runRecompute(this.models, key, revision);
    }
    const after = await loadCalendar(this.models, key);
    const recompute = (await this.models.SlaRecomputeProgress.findById(job._id)
      .lean<SlaRecomputeProgressDoc>()
      .exec())!;
    return { calendar: view(key, after!.revision, after!.calendar), casesRecomputed, recompute };
  }
}

/** Validates one year's input as a whole (dates, year, overlaps, weekday make-up days, names). */
export function checkYearInput(input: CalendarYearInput): CheckedYear {
  const { year } = input;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput(['input', 'year'], {
      zh: '年份须在 2000–2100 之间。',
      en: 'The year must be between 2000 and 2100.',
    });
  const holidays = dates(input.holidays, year, 'holidays');
  const workdays = dates(input.workdays, year, 'workdays');
  workdays.forEach((day) => {
    const at = input.workdays.indexOf(day);
    if (holidays.includes(day))
      throw badInput(['input', 'workdays', at], {
        zh: `${day} 不能既是假日又是调休工作日。`,
        en: `${day} cannot be both a holiday and a make-up working day.`,
      });
    if (isoWeekdayOf(day) < 6)
      throw badInput(['input', 'workdays', at], {
        zh: `${day} 是周一至周五，本就是工作日，不能作为调休工作日。`,
        en: `${day} is a weekday; only a weekend day can be a make-up working day.`,
      });
  });
  const named = new Set<string>();
  const names = (input.names ?? []).map((entry, i) => {
    const name = entry.name.trim();
    const path = ['input', 'names', i];
    if (!holidays.includes(entry.date as IsoDate) && !workdays.includes(entry.date as IsoDate))
      throw badInput([...path, 'date'], {
        zh: `${entry.date} 不是该年的假日或调休工作日，不能命名。`,
        en: `${entry.date} is neither a holiday nor a make-up working day of the year; it cannot be named.`,
      });
    if (named.has(entry.date))
      throw badInput([...path, 'date'], {
        zh: `${entry.date} 命名重复。`,
        en: `${entry.date} is named twice.`,
      });
    if (name.length < 1 || name.length > 40)
      throw badInput([...path, 'name'], {
        zh: '名称须为 1–40 个字符。',
        en: 'A name must be 1–40 characters.',
      });
    named.add(entry.date);
    return { date: entry.date as IsoDate, name };
  });
  return { year, holidays, workdays, names: names.sort((a, b) => a.date.localeCompare(b.date)) };
}

/** The engine's check of the calendar with the year laid over it. */
export function checkOverlay(
  base: Parameters<typeof overlay>[0],
  year: CheckedYear,
  revision: number,
): ReturnType<typeof overlay> {
  const next = overlay(base, [{ ...year, revision }]);
  const problem = validateBusinessCalendar(next).find(
    (p) => p.severity === 'error' && p.path.startsWith(`years.${year.year}`),
  );
  if (problem) throw badInput(['input'], { zh: problem.message.zh, en: problem.message.en });
  return next;
}

function view(
  key: string,
  revision: number,
  calendar: { timeZone?: string; years: Readonly<Record<string, unknown>> },
): SlaCalendarView {
  return {
    key,
    timeZone: calendar.timeZone ?? 'Asia/Shanghai',
    years: Object.keys(calendar.years)
      .map(Number)
      .sort((a, b) => a - b),
    revision,
  };
}
