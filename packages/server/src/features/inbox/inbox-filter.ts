/**
 * The inbox's views and filters as database conditions (docs/cases.md, "The inbox"). Every condition is
 * an equality, `$in` or range on an indexed field of `cases`, combined with `$and` — what FerretDB v1
 * evaluates and MongoDB serves from the (departmentCode|queueId|inboxKey, status, dueAt) indexes. No
 * aggregation. SLA states are ranges of `dueAt` around "now": breached before now, warning within the
 * next 24 hours, ok later or without a due time.
 */
import { trusted, type Types } from 'mongoose';
import type { Channel, InboxFilter, InboxView, SlaState } from '../../generated/resolvers-types';
import { badInput } from '../../errors/app-error';
import type { Viewer } from '../access';
import { departmentScope } from '../cases';
import { localObjectId } from '../cases';
import type { DataKeyring } from '../privacy';

/** A case turns to WARNING this long before its due time. */
export const SLA_WARNING_MS = 24 * 60 * 60 * 1000;
/**
 * The case statuses the queue, unassigned and team views list: every case not yet closed, as the queue
 * counts count them (queues/queue-counts.service.ts). A resolved case waits there for its closing (a
 * complaint's finding, the archive), so a supervisor can close it, one by one or in bulk. 我的案件 / My
 * cases follows `inboxKey`, which only a running or paused case carries.
 */
export const INBOX_STATUSES = ['OPEN', 'PAUSED', 'RESOLVED'] as const;

const SLA_STATES: readonly SlaState[] = ['OK', 'WARNING', 'BREACHED'];
const CHANNELS: readonly Channel[] = [
  'WEBSITE',
  'APP',
  'HOTLINE',
  'BRANCH',
  'EMAIL',
  'LETTER',
  'CHAT',
  'API',
];
const VIEWS: readonly InboxView[] = ['MY_CASES', 'MY_QUEUES', 'UNASSIGNED', 'MY_TEAM'];
const REFERENCE = /^[A-Z]{1,3}-\d{4}-\d{6}$/;
const PHONE = /^1\d{10}$/;
const ID_NUMBER = /^\d{17}[\dX]$/;

/** The SLA state of a due time at `now`. */
export function slaStateAt(dueAt: Date | null, now: Date): SlaState {
  if (!dueAt) return 'OK';
  if (dueAt.getTime() < now.getTime()) return 'BREACHED';
  return dueAt.getTime() - now.getTime() < SLA_WARNING_MS ? 'WARNING' : 'OK';
}

/** A filter checked and normalised: what a query runs and what a saved view stores. */
export interface CheckedFilter {
  templateKeys?: string[];
  categoryId?: string;
  stepKey?: string;
  slaStates?: SlaState[];
  channels?: Channel[];
  queueId?: string;
  openedFrom?: string;
  openedTo?: string;
  dueFrom?: string;
  dueTo?: string;
  search?: string;
}

export function checkView(view: unknown, path: readonly (string | number)[]): InboxView {
  if (typeof view !== 'string' || !VIEWS.includes(view as InboxView))
    throw badInput(path, { zh: '收件箱视图无效。', en: 'The inbox view is not valid.' });
  return view as InboxView;
}

/** Checks a filter (from the query or a saved view); bad input is a BAD_USER_INPUT with its field path. */
export function checkFilter(
  raw: InboxFilter | Record<string, unknown> | null | undefined,
  path: readonly (string | number)[],
): CheckedFilter {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw badInput(path, { zh: '筛选条件无效。', en: 'The filter is not valid.' });
  const f = raw as Record<string, unknown>;
  const out: CheckedFilter = {};
  const at = (k: string) => [...path, k];
  const strings = (k: string, max: number): string[] | undefined => {
    const v = f[k];
    if (v === null || v === undefined) return undefined;
    if (!Array.isArray(v) || v.length > max || v.some((s) => typeof s !== 'string' || s.length > 100))
      throw badInput(at(k), {
        zh: `${k} 须为至多 ${max} 项的列表。`,
        en: `${k} must be a list of at most ${max}.`,
      });
    return v.length ? [...new Set(v as string[])] : undefined;
  };
  const known = new Set([
    'templateKeys', 'categoryId', 'stepKey', 'slaStates', 'channels', 'queueId',
    'openedFrom', 'openedTo', 'dueFrom', 'dueTo', 'search',
  ]); // prettier-ignore
  for (const k of Object.keys(f))
    if (!known.has(k)) throw badInput(at(k), { zh: `未知的筛选条件 ${k}。`, en: `Unknown filter ${k}.` });
  out.templateKeys = strings('templateKeys', 50);
  const sla = strings('slaStates', 3);
  if (sla?.some((s) => !SLA_STATES.includes(s as SlaState)))
    throw badInput(at('slaStates'), { zh: '时限状态无效。', en: 'The SLA state is not valid.' });
  out.slaStates = sla as SlaState[] | undefined;
  const channels = strings('channels', CHANNELS.length);
  if (channels?.some((s) => !CHANNELS.includes(s as Channel)))
    throw badInput(at('channels'), { zh: '渠道无效。', en: 'The channel is not valid.' });
  out.channels = channels as Channel[] | undefined;
  for (const [k, type] of [
    ['categoryId', 'ComplaintCategory'],
    ['queueId', 'Queue'],
  ] as const) {
    const v = f[k];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string' || !localObjectId(v, type))
      throw badInput(at(k), { zh: `${k} 不是有效的编号。`, en: `${k} is not a valid id.` });
    out[k] = v;
  }
  if (f['stepKey'] !== null && f['stepKey'] !== undefined && f['stepKey'] !== '') {
    if (typeof f['stepKey'] !== 'string' || f['stepKey'].length > 100)
      throw badInput(at('stepKey'), { zh: '步骤无效。', en: 'The step is not valid.' });
    out.stepKey = f['stepKey'];
  }
  for (const k of ['openedFrom', 'openedTo', 'dueFrom', 'dueTo'] as const) {
    const v = f[k];
    if (v === null || v === undefined) continue;
    const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : null;
    if (!d || Number.isNaN(d.getTime()))
      throw badInput(at(k), { zh: `${k} 不是有效的时间。`, en: `${k} is not a valid time.` });
    out[k] = d.toISOString();
  }
  for (const [from, to] of [
    ['openedFrom', 'openedTo'],
    ['dueFrom', 'dueTo'],
  ] as const)
    if (out[from] && out[to] && out[from] > out[to])
      throw badInput(at(to), { zh: '结束时间早于开始时间。', en: 'The end is before the start.' });
  const search = f['search'];
  if (typeof search === 'string' && search.trim() !== '') {
    if (search.length > 40)
      throw badInput(at('search'), { zh: '搜索内容过长。', en: 'The search is too long.' });
    out.search = search.trim();
  } else if (search !== null && search !== undefined && typeof search !== 'string')
    throw badInput(at('search'), { zh: '搜索内容无效。', en: 'The search is not valid.' });
  for (const k of Object.keys(out) as (keyof CheckedFilter)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** What a view and filter select, as `$and` parts. `teamIds` are the caller's department colleagues. */
export function inboxConditions(args: {
  viewer: Viewer;
  view: InboxView;
  filter: CheckedFilter;
  now: Date;
  keys: DataKeyring;
  queueIds: Types.ObjectId[];
  teamIds: Types.ObjectId[];
}): Record<string, unknown>[] {
  const { viewer, view, filter, now } = args;
  const me = viewer.kind === 'user' ? viewer.userId : null;
  const and: Record<string, unknown>[] = [];
  const open = { status: trusted({ $in: [...INBOX_STATUSES] }) };
  switch (view) {
    case 'MY_CASES':
      // One equality on the `inbox` index; a case assigned to the caller is theirs whatever its department.
      and.push({ inboxKey: me ?? '' });
      break;
    case 'MY_QUEUES':
      and.push(open, { queueId: trusted({ $in: args.queueIds }) });
      break;
    case 'UNASSIGNED':
      and.push(open, { assigneeId: null });
      break;
    case 'MY_TEAM':
      and.push(open, { assigneeId: trusted({ $in: args.teamIds }) });
      break;
  }
  const departments = view === 'MY_CASES' ? null : departmentScope(viewer);
  if (departments) and.push({ departmentCode: trusted({ $in: departments }) });
  if (filter.templateKeys) and.push({ templateKey: trusted({ $in: filter.templateKeys }) });
  if (filter.categoryId) and.push({ categoryId: localObjectId(filter.categoryId, 'ComplaintCategory') });
  if (filter.queueId) and.push({ queueId: localObjectId(filter.queueId, 'Queue') });
  if (filter.stepKey) and.push({ activeSteps: filter.stepKey });
  if (filter.channels) and.push({ channel: trusted({ $in: filter.channels }) });
  if (filter.openedFrom) and.push({ openedAt: trusted({ $gte: new Date(filter.openedFrom) }) });
  if (filter.openedTo) and.push({ openedAt: trusted({ $lt: new Date(filter.openedTo) }) });
  if (filter.dueFrom) and.push({ dueAt: trusted({ $gte: new Date(filter.dueFrom) }) });
  if (filter.dueTo) and.push({ dueAt: trusted({ $lt: new Date(filter.dueTo) }) });
  if (filter.slaStates && filter.slaStates.length < SLA_STATES.length) {
    const warnFrom = new Date(now.getTime() + SLA_WARNING_MS);
    const or: Record<string, unknown>[] = [];
    if (filter.slaStates.includes('BREACHED')) or.push({ dueAt: trusted({ $lt: now }) });
    if (filter.slaStates.includes('WARNING')) or.push({ dueAt: trusted({ $gte: now, $lt: warnFrom }) });
    if (filter.slaStates.includes('OK')) or.push({ dueAt: trusted({ $gte: warnFrom }) }, { dueAt: null });
    and.push({ $or: or });
  }
  if (filter.search) and.push(searchCondition(filter.search, args.keys));
  return and;
}

/** A case number matches `reference`; a mobile or ID number matches the customer's blind index. */
export function searchCondition(search: string, keys: DataKeyring): Record<string, unknown> {
  const s = search.replace(/[\s-]/g, '').toUpperCase();
  const upper = search.trim().toUpperCase();
  if (REFERENCE.test(upper)) return { reference: upper };
  if (PHONE.test(s))
    return { 'customer.phoneIndex': trusted({ $in: keys.blindIndexCandidates('phone', s) }) };
  if (ID_NUMBER.test(s))
    return { 'customer.idNumberIndex': trusted({ $in: keys.blindIndexCandidates('idNumber', s) }) };
  throw badInput(['filter', 'search'], {
    zh: '请输入完整的案件编号、手机号或身份证号。',
    en: 'Enter a full case number, mobile number or PRC ID number.',
  });
}
