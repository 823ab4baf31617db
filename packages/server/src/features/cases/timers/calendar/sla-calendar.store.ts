/**
 * The working calendars SLA clocks count on: the engine's shipped calendars with the stored changes
 * (`sla_calendars`, one record per change) laid over them in revision order. The parsed calendar is
 * kept per (database, key, revision). `loadCalendar(s)` reads the head revision first, so a change made
 * by one process is seen by all. The command path uses `calendarsAtLeast` instead: the case document
 * says which revision its SLA was last computed on, and the recompute after a calendar change appends
 * to every open case that counts on it, so a cache at least that new is exact for the case as read
 * (docs/database.md "The command path of submitStep").
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

/**
 * Parsed calendars by key, one map per connection's model (one per process in production; a test
 * that opens a second connection on the same database gets a second cache, like a second process).
 */
const caches = new WeakMap<object, Map<string, StoredCalendar>>();
function cacheOf(models: SlaCalendarModels): Map<string, StoredCalendar> {
  let found = caches.get(models.SlaCalendarChange);
  if (!found) {
    found = new Map();
    caches.set(models.SlaCalendarChange, found);
  }
  return found;
}

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
  const cache = cacheOf(models);
  const cached = cache.get(key);
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
  // Two loads racing in one process: the newer revision stays.
  const now = cache.get(key);
  if (!now || now.revision <= loaded.revision) cache.set(key, loaded);
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

/** The revision of each calendar of a set (a projection's `calendarRevisions`). */
export function revisionsOf(calendars: CalendarSet): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, stored] of calendars) out[key] = stored.revision;
  return out;
}

/**
 * Every calendar at revision `atLeast[key]` or newer (missing: 0), from this process's cache without a
 * round trip when it holds one that new; otherwise loaded as `loadCalendar` does (head read).
 */
export async function calendarsAtLeast(
  models: SlaCalendarModels,
  atLeast: Readonly<Record<string, number>>,
): Promise<CalendarSet> {
  const out = new Map<string, StoredCalendar>();
  for (const key of shippedCalendarKeys()) {
    const cached = cacheOf(models).get(key);
    const loaded =
      cached && cached.revision >= (atLeast[key] ?? 0) ? cached : await loadCalendar(models, key);
    if (loaded) out.set(key, loaded);
  }
  return out;
}
