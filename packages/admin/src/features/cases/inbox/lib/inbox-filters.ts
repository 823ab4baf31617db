/**
 * The inbox's filter form and what it sends: the form's values → the `InboxFilter` variables (dates are
 * whole days in Beijing time), a saved view's stored filter → the form, and the reverse for saving.
 */
import type { Channel, InboxFilter, InboxView, SlaState } from '../../../../generated/graphql';
import { BANK_TIME_ZONE } from '../../../../shared/lib/datetime';

export const INBOX_VIEWS: readonly InboxView[] = ['MY_CASES', 'MY_QUEUES', 'UNASSIGNED', 'MY_TEAM'];
export const SLA_STATES: readonly SlaState[] = ['OK', 'WARNING', 'BREACHED'];
export const CHANNELS: readonly Channel[] = [
  'WEBSITE',
  'APP',
  'HOTLINE',
  'BRANCH',
  'EMAIL',
  'LETTER',
  'CHAT',
  'API',
];

export interface InboxFilterForm {
  templateKeys: string[];
  categoryId: string;
  stepKey: string;
  slaStates: SlaState[];
  channels: Channel[];
  queueId: string;
  /** Opening dates, `YYYY-MM-DD` in Beijing time, both included; empty when not filtered. */
  openedFrom: string;
  openedTo: string;
  search: string;
}

export function emptyFilterForm(): InboxFilterForm {
  return {
    templateKeys: [],
    categoryId: '',
    stepKey: '',
    slaStates: [],
    channels: [],
    queueId: '',
    openedFrom: '',
    openedTo: '',
    search: '',
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight starting `day` in Beijing (UTC+8, no daylight saving), as an ISO instant. */
export function beijingDayStart(day: string): string {
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}

/** The Beijing date (`YYYY-MM-DD`) of an instant. */
export function beijingDate(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: BANK_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
  return parts;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function previousDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The `InboxFilter` of a form; null when nothing narrows. */
export function toInboxFilter(form: InboxFilterForm): InboxFilter | null {
  const f: InboxFilter = {};
  if (form.templateKeys.length) f.templateKeys = [...form.templateKeys];
  if (form.categoryId) f.categoryId = form.categoryId;
  if (form.stepKey.trim()) f.stepKey = form.stepKey.trim();
  if (form.slaStates.length) f.slaStates = [...form.slaStates];
  if (form.channels.length) f.channels = [...form.channels];
  if (form.queueId) f.queueId = form.queueId;
  if (DAY.test(form.openedFrom)) f.openedFrom = beijingDayStart(form.openedFrom);
  if (DAY.test(form.openedTo)) f.openedTo = beijingDayStart(nextDay(form.openedTo));
  if (form.search.trim()) f.search = form.search.trim();
  return Object.keys(f).length ? f : null;
}

/** The form of a saved view's filter (as the server stored it); unknown or bad values are dropped. */
export function fromSavedFilter(saved: unknown): InboxFilterForm {
  const form = emptyFilterForm();
  if (typeof saved !== 'object' || saved === null) return form;
  const s = saved as Record<string, unknown>;
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  form.templateKeys = strings(s['templateKeys']);
  form.slaStates = strings(s['slaStates']).filter((x): x is SlaState => SLA_STATES.includes(x as SlaState));
  form.channels = strings(s['channels']).filter((x): x is Channel => CHANNELS.includes(x as Channel));
  if (typeof s['categoryId'] === 'string') form.categoryId = s['categoryId'];
  if (typeof s['queueId'] === 'string') form.queueId = s['queueId'];
  if (typeof s['stepKey'] === 'string') form.stepKey = s['stepKey'];
  if (typeof s['openedFrom'] === 'string' && !Number.isNaN(Date.parse(s['openedFrom'])))
    form.openedFrom = beijingDate(s['openedFrom']);
  if (typeof s['openedTo'] === 'string' && !Number.isNaN(Date.parse(s['openedTo'])))
    form.openedTo = previousDay(beijingDate(s['openedTo']));
  return form;
}

/** How many conditions narrow the view (the search aside): shown on the filter button. */
export function activeFilterCount(form: InboxFilterForm): number {
  const f = toInboxFilter({ ...form, search: '' });
  if (!f) return 0;
  return Object.keys(f).filter((k) => k !== 'openedTo' || !f.openedFrom).length;
}

export type SearchKind = 'reference' | 'phone' | 'idNumber' | 'invalid' | 'empty';

/** What a search box value will be looked up as (the server decides the same way). */
export function searchKind(value: string): SearchKind {
  const s = value.replace(/[\s-]/g, '').toUpperCase();
  if (!value.trim()) return 'empty';
  if (/^[A-Z]{1,3}-\d{4}-\d{6}$/.test(value.trim().toUpperCase())) return 'reference';
  if (/^1\d{10}$/.test(s)) return 'phone';
  if (/^\d{17}[\dX]$/.test(s)) return 'idNumber';
  return 'invalid';
}
