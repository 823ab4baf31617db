/**
 * Writes and reads the configuration audit log. Services call `record` after a change has been written;
 * the entry names who (user or API client), what (action), which entity, and the details of the change.
 * Reading pages by keyset (newest first: `at` then `_id`, both descending), so a page costs the same
 * however deep it is and entries written meanwhile never shift the next page.
 */
import { trusted, Types } from 'mongoose';
import type { ConfigAuditDoc, ConfigAuditModel } from './config-audit.model';
import type { Viewer } from '../access';
import { actorName } from '../access';
import { checkPageSize } from '../../graphql/pagination';
import { AppError } from '../../errors/app-error';

export interface AuditChange {
  action: string;
  entityType: string;
  entityKey: string;
  details?: Record<string, unknown>;
}

/** The filter as `configAuditLog` takes it: the old top-level arguments and the new `filter` input. */
export interface ConfigAuditQuery {
  entityType?: string | null;
  entityKey?: string | null;
  filter?: {
    entityTypes?: readonly string[] | null;
    entityKeyContains?: string | null;
    actor?: string | null;
    /** DateTime inputs: the scalar parses them to dates; strings are accepted too. */
    from?: Date | string | null;
    to?: Date | string | null;
  } | null;
}

export interface ConfigAuditPage {
  edges: { cursor: string; node: ConfigAuditDoc }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

const MAX_TYPES = 50;
const MAX_TEXT = 200;

export class ConfigAuditService {
  constructor(
    private readonly model: ConfigAuditModel,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(viewer: Viewer, change: AuditChange): Promise<void> {
    await this.model.create({
      at: this.now(),
      actor: actorName(viewer),
      action: change.action,
      entityType: change.entityType,
      entityKey: change.entityKey,
      details: change.details ?? null,
    });
  }

  /** Newest first, every entry matching (tests and tools; the API pages with `page`). */
  list(query: ConfigAuditQuery): Promise<ConfigAuditDoc[]> {
    return this.model.find(conditions(query)).sort({ at: -1, _id: -1 }).lean<ConfigAuditDoc[]>().exec();
  }

  /** One page, newest first, after the entry `after` names. */
  async page(
    query: ConfigAuditQuery,
    first?: number | null,
    after?: string | null,
  ): Promise<ConfigAuditPage> {
    const size = checkPageSize(first);
    const where = conditions(query);
    const from = after ? decodeAuditCursor(after) : null;
    const keyset = from
      ? {
          $or: [{ at: trusted({ $lt: from.at }) }, { at: from.at, _id: trusted({ $lt: from.id }) }],
        }
      : {};
    const [items, totalCount] = await Promise.all([
      this.model
        .find({ ...where, ...keyset })
        .sort({ at: -1, _id: -1 })
        .limit(size + 1)
        .lean<ConfigAuditDoc[]>()
        .exec(),
      this.model.countDocuments(where).exec(),
    ]);
    const edges = items.slice(0, size).map((node) => ({ cursor: encodeAuditCursor(node), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: items.length > size,
        hasPreviousPage: from !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount,
    };
  }

  /** The kinds of entity the log records, sorted. */
  async entityTypes(): Promise<string[]> {
    const rows = await this.model.aggregate<{ _id: string }>([{ $group: { _id: '$entityType' } }]).exec();
    return rows.map((r) => r._id).sort();
  }

  /** Everyone who appears as an actor, with how many entries each made. */
  async actors(): Promise<{ key: string; entries: number }[]> {
    const rows = await this.model
      .aggregate<{ _id: string; n: number }>([{ $group: { _id: '$actor', n: { $sum: 1 } } }])
      .exec();
    return rows.map((r) => ({ key: r._id, entries: r.n }));
  }
}

function badFilter(field: string, zh: string, en: string): AppError {
  return new AppError('BAD_USER_INPUT', { zh, en }, { fieldPath: ['filter', field] });
}

/** Escapes a user's text for a literal match inside a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The query conditions of a filter; refuses what cannot be meant (an empty or reversed time range). */
export function conditions(query: ConfigAuditQuery): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  const f = query.filter ?? {};
  if (query.entityType) where['entityType'] = query.entityType;
  if (query.entityKey) where['entityKey'] = query.entityKey;
  if (f.entityTypes && f.entityTypes.length > 0) {
    if (f.entityTypes.length > MAX_TYPES)
      throw badFilter(
        'entityTypes',
        `最多可按 ${MAX_TYPES} 种对象类型筛选。`,
        `Filter by at most ${MAX_TYPES} kinds of entity.`,
      );
    // The old argument and the new list both hold: an entry must satisfy each.
    if (query.entityType && !f.entityTypes.includes(query.entityType))
      where['entityType'] = trusted({ $in: [] });
    else if (!query.entityType) where['entityType'] = trusted({ $in: [...f.entityTypes] });
  }
  const text = f.entityKeyContains?.trim();
  if (text) {
    if (text.length > MAX_TEXT)
      throw badFilter(
        'entityKeyContains',
        `搜索内容不能超过 ${MAX_TEXT} 个字符。`,
        `The search text must be at most ${MAX_TEXT} characters.`,
      );
    if (!query.entityKey) where['entityKey'] = trusted({ $regex: literal(text), $options: 'i' });
    else if (!query.entityKey.toLowerCase().includes(text.toLowerCase()))
      where['entityKey'] = trusted({ $in: [] });
  }
  if (f.actor) where['actor'] = f.actor;
  const from = f.from ? new Date(f.from) : null;
  const to = f.to ? new Date(f.to) : null;
  if (from && to && to.getTime() <= from.getTime())
    throw badFilter('to', '结束时间必须晚于开始时间。', 'The end must be after the start.');
  if (from || to) {
    where['at'] = trusted({ ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) });
  }
  return where;
}

export function encodeAuditCursor(e: Pick<ConfigAuditDoc, 'at' | '_id'>): string {
  return Buffer.from(`a:${e.at.getTime()}:${e._id.toHexString()}`, 'utf8').toString('base64url');
}

export function decodeAuditCursor(cursor: string): { at: Date; id: Types.ObjectId } {
  const m = /^a:(-?\d{1,16}):([0-9a-f]{24})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) {
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: '分页游标无效。', en: 'The pagination cursor is not valid.' },
      { fieldPath: ['after'] },
    );
  }
  return { at: new Date(Number(m[1])), id: new Types.ObjectId(m[2]) };
}
