/**
 * The working calendars SLA clocks count on: the engine's shipped calendars with the stored changes
 * (`sla_calendars`, one record per change) laid over them in revision order. Every process reads the
 * head revision before using a calendar, so a change made by one process is seen by all; the parsed
 * calendar is kept per (database, key, revision) only, never without that check.
 */
import { createChinaBusinessCalendar, type BusinessCalendar } from '@parley/engine';
import type { SlaCalendarChangeDoc, SlaCalendarModels } from './sla-calendar.model';

/** The calendars Parley ships (the engine's): key → factory. */
const SHIPPED: Readonly<Record<string, () => BusinessCalendar>> = {
  'cn-mainland': () => createChinaBusinessCalendar(),
};

export function isShippedCalendar(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(SHIPPED, key);
}

export function shippedCalendarKeys(): string[] {
  return Object.keys(SHIPPED).sort();
}

/** A calendar at one revision (0: as shipped). */
export interface StoredCalendar {
  key: string;
  revision: number;
  calendar: BusinessCalendar;
}

const cache = new Map<string, StoredCalendar>();

/** The calendar `base` with `changes` (in revision order) laid over it. */
export function overlay(
  base: BusinessCalendar,
  changes: readonly Pick<SlaCalendarChangeDoc, 'year' | 'holidays' | 'workdays' | 'revision'>[],
): BusinessCalendar {
  const years = { ...base.years };
  for (const c of changes)
    years[String(c.year)] = {
      holidays: [...c.holidays].sort(),
      makeUpWorkdays: [...c.workdays].sort(),
      source: `sla_calendars revision ${c.revision}`,
    };
  return { ...base, years };
}

/** The head revision of a calendar (0 when never changed). */
export async function headRevision(models: SlaCalendarModels, key: string): Promise<number> {
  const head = await models.SlaCalendarChange.findOne({ key }, { revision: 1 })
    .sort({ revision: -1 })
    .lean<{ revision: number }>()
    .exec();
  return head?.revision ?? 0;
}

/** The calendar `key` as it stands now; null for a key Parley does not ship. */
export async function loadCalendar(models: SlaCalendarModels, key: string): Promise<StoredCalendar | null> {
  const factory = SHIPPED[key];
  if (!factory) return null;
  const revision = await headRevision(models, key);
  const id = `${models.SlaCalendarChange.db.name}/${key}`;
  const cached = cache.get(id);
  if (cached && cached.revision === revision) return cached;
  const changes = await models.SlaCalendarChange.find({ key })
    .sort({ revision: 1 })
    .lean<SlaCalendarChangeDoc[]>()
    .exec();
  const loaded: StoredCalendar = {
    key,
    revision: changes.at(-1)?.revision ?? 0,
    calendar: overlay(factory(), changes),
  };
  cache.set(id, loaded);
  return loaded;
}

/** Every calendar an SLA may name, by key (a projection resolves its policy's `calendarId` here). */
export type CalendarSet = ReadonlyMap<string, StoredCalendar>;

export async function loadCalendars(models: SlaCalendarModels): Promise<CalendarSet> {
  const out = new Map<string, StoredCalendar>();
  for (const key of shippedCalendarKeys()) {
    const loaded = await loadCalendar(models, key);
    if (loaded) out.set(key, loaded);
  }
  return out;
}
