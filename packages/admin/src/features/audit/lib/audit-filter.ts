/**
 * The audit page's filter form and the `configAuditLog` variables it stands for. Dates are days in the
 * bank's time zone (Asia/Shanghai): "from 2026-12-01 to 2026-12-06" means from 00:00 of the 1st up to,
 * not including, 00:00 of the 7th, Shanghai time — whatever zone the browser is in.
 */
import type { ConfigAuditFilter } from '../../../generated/graphql';

export interface AuditFilterForm {
  entityTypes: string[];
  entityKey: string;
  /** The actor as recorded (`ConfigAuditActor.key`), or empty for anyone. */
  actor: string;
  /** `YYYY-MM-DD` (Shanghai), or empty. */
  from: string;
  /** `YYYY-MM-DD` (Shanghai), inclusive, or empty. */
  to: string;
}

export const EMPTY_FILTER: AuditFilterForm = { entityTypes: [], entityKey: '', actor: '', from: '', to: '' };

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** 00:00 of a Shanghai day as an instant; null for anything that is not a real `YYYY-MM-DD`. */
export function shanghaiMidnight(day: string, plusDays = 0): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return new Date(utc - SHANGHAI_OFFSET_MS + plusDays * DAY_MS).toISOString();
}

/** The filter input for the form; only what is set. The server checks that the range is not reversed. */
export function toAuditFilter(form: AuditFilterForm): ConfigAuditFilter {
  const filter: ConfigAuditFilter = {};
  if (form.entityTypes.length > 0) filter.entityTypes = [...form.entityTypes];
  const key = form.entityKey.trim();
  if (key) filter.entityKeyContains = key;
  if (form.actor) filter.actor = form.actor;
  const from = form.from ? shanghaiMidnight(form.from) : null;
  const to = form.to ? shanghaiMidnight(form.to, 1) : null;
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

/** True when nothing narrows the log. */
export function isEmptyFilter(form: AuditFilterForm): boolean {
  const f = toAuditFilter(form);
  return Object.keys(f).length === 0;
}
