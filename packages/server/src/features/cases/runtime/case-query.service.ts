/**
 * Reading cases: lists with department scoping, the inbox, customer lookup by blind index, a case's
 * events. Every list is ordered by an index (due time, then id) and paged in the database.
 */
import { trusted, Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { HOT_INDEXES, queryCapabilitiesOf } from '../../../db/query-capabilities';
import { AppError, badInput } from '../../../errors/app-error';
import type { CaseFilter, CaseStatus } from '../../../generated/resolvers-types';
import { fromGlobalId } from '../../../graphql/global-id';
import { checkPageSize, type Page } from '../../../graphql/pagination';
import type { Viewer } from '../../access';
import { pageFromDatabase } from '../../definitions';
import type { CaseDoc, CaseEventDoc } from '../case.model';
import { canSeeCase, departmentScope } from '../case-access';
import type { DataKeyring } from '../../privacy';

/** The local ObjectId of a global id of `type`, or null. */
export function localObjectId(globalId: string | null | undefined, type: string): Types.ObjectId | null {
  const decoded = globalId ? fromGlobalId(globalId) : null;
  if (!decoded || decoded.type !== type || !Types.ObjectId.isValid(decoded.localId)) return null;
  return new Types.ObjectId(decoded.localId);
}

const SORT = { dueAt: 1, _id: 1 } as const;
/** An id no document has: an unknown filter id matches nothing rather than being ignored. */
const NO_MATCH = new Types.ObjectId('000000000000000000000000');

export class CaseQueryService {
  constructor(private readonly models: Models) {}

  async byId(viewer: Viewer, id: string): Promise<CaseDoc | null> {
    const caseId = localObjectId(id, 'Case');
    const found = caseId ? await this.models.Case.findById(caseId).lean<CaseDoc>().exec() : null;
    return found && canSeeCase(viewer, found) ? found : null;
  }

  /** A case by its exact reference, when the viewer may see it (department scoping as `byId`). */
  async byReference(viewer: Viewer, reference: string): Promise<CaseDoc | null> {
    const found = await this.models.Case.findOne({ reference: reference.trim() }).lean<CaseDoc>().exec();
    return found && canSeeCase(viewer, found) ? found : null;
  }

  async list(
    viewer: Viewer,
    args: {
      status?: CaseStatus | null;
      queueId?: string | null;
      assigneeId?: string | null;
      filter?: CaseFilter | null;
    },
    first?: number | null,
    after?: string | null,
  ): Promise<Page<CaseDoc>> {
    const filter: Record<string, unknown> = {};
    if (args.status) filter['status'] = args.status;
    if (args.queueId) filter['queueId'] = localObjectId(args.queueId, 'Queue') ?? NO_MATCH;
    if (args.assigneeId) filter['assigneeId'] = localObjectId(args.assigneeId, 'User') ?? NO_MATCH;
    const departments = departmentScope(viewer);
    if (departments) filter['departmentCode'] = trusted({ $in: departments });
    if (args.filter) Object.assign(filter, await this.narrowing(args.filter, departments));
    return this.page(filter, first, after);
  }

  /** The `CaseFilter` conditions (department within the viewer's scope; received time on `receivedAt`). */
  private async narrowing(f: CaseFilter, scope: string[] | null): Promise<Record<string, unknown>> {
    const q: Record<string, unknown> = {};
    let keys: string[] | null = f.flowKey ? [f.flowKey] : null;
    if (f.flowKind) {
      const ofKind = await this.models.FlowTemplate.find({ kind: f.flowKind })
        .select({ key: 1 })
        .lean()
        .exec();
      const set = new Set(ofKind.map((t) => t.key));
      keys = (keys ?? [...set]).filter((k) => set.has(k));
    }
    if (keys) q['templateKey'] = trusted({ $in: keys });
    if (f.flowVersion != null) q['version'] = f.flowVersion;
    if (f.department)
      q['departmentCode'] = !scope || scope.includes(f.department) ? f.department : trusted({ $in: [] });
    if (f.channel) q['channel'] = f.channel;
    if (f.categoryId) q['categoryId'] = localObjectId(f.categoryId, 'ComplaintCategory') ?? NO_MATCH;
    if (f.receivedFrom || f.receivedTo) {
      const range: Record<string, Date> = {};
      if (f.receivedFrom) range['$gte'] = new Date(f.receivedFrom);
      if (f.receivedTo) range['$lt'] = new Date(f.receivedTo);
      // Cases projected before `receivedAt` existed were received when opened.
      q['$or'] = [{ receivedAt: trusted(range) }, { receivedAt: null, openedAt: trusted(range) }];
    }
    return q;
  }

  /**
   * Open and paused cases assigned to the viewer, soonest due first, cases without a due time last, ties
   * by id. Keyset pages (docs/cases.md): the cursor holds the last item's (dueAt, id), so a page never
   * skips or repeats an item because cases were added, closed or reassigned in between, and no page
   * reads the items before it. `totalCount` is counted only when the client asks for it.
   */
  async inbox(viewer: Viewer, first?: number | null, after?: string | null): Promise<Page<CaseDoc>> {
    const size = checkPageSize(first);
    const from = after ? decodeInboxCursor(after) : null;
    const me = viewer.kind === 'user' ? viewer.userId : '';
    // On MongoDB the pages and the count name the `inbox` index: a missing index fails, never scans.
    const hint = (await queryCapabilitiesOf(this.models.Case.db)).hint ? HOT_INDEXES.inbox : undefined;
    const find = (filter: Record<string, unknown>, sort: Record<string, 1>, limit: number) =>
      this.models.Case.find({ inboxKey: me, ...filter }, null, hint ? { hint } : {})
        .sort(sort)
        .limit(limit)
        .lean<CaseDoc[]>()
        .exec();
    const items: CaseDoc[] = [];
    // Dated cases first: (dueAt, _id) after the cursor. A range on a date never matches null.
    if (!from || from.dueAt) {
      const dated = from?.dueAt
        ? {
            $or: [
              { dueAt: trusted({ $gt: from.dueAt }) },
              { dueAt: from.dueAt, _id: trusted({ $gt: from.id }) },
            ],
          }
        : { dueAt: trusted({ $ne: null }) };
      items.push(...(await find(dated, SORT, size + 1)));
    }
    // Then the undated ones, by id.
    if (items.length <= size) {
      const undated = from && !from.dueAt ? { dueAt: null, _id: trusted({ $gt: from.id }) } : { dueAt: null };
      items.push(...(await find(undated, { _id: 1 }, size + 1 - items.length)));
    }
    const slice = items.slice(0, size);
    const edges = slice.map((node) => ({ cursor: encodeInboxCursor(node), node }));
    return lazyTotal(
      {
        edges,
        pageInfo: {
          hasNextPage: items.length > size,
          hasPreviousPage: from !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      },
      // Exact, from the ids alone (an index-only read on MongoDB); only when `totalCount` is selected.
      async () =>
        (
          await this.models.Case.find({ inboxKey: me }, { _id: 1 }, hint ? { hint } : {})
            .lean()
            .exec()
        ).length,
    );
  }

  async byCustomer(
    viewer: Viewer,
    keys: DataKeyring,
    idNumber?: string | null,
    phone?: string | null,
  ): Promise<CaseDoc[]> {
    const or: Record<string, unknown>[] = [];
    if (idNumber)
      or.push({
        'customer.idNumberIndex': trusted({ $in: keys.blindIndexCandidates('idNumber', idNumber) }),
      });
    if (phone)
      or.push({ 'customer.phoneIndex': trusted({ $in: keys.blindIndexCandidates('phone', phone) }) });
    if (or.length === 0)
      throw badInput(['idNumber'], {
        zh: '请提供身份证号或手机号。',
        en: 'Give an ID number or a phone number.',
      });
    const found = await this.models.Case.find(or.length === 1 ? (or[0] as object) : { $or: or })
      .sort(SORT)
      .limit(200)
      .lean<CaseDoc[]>()
      .exec();
    return found.filter((c) => canSeeCase(viewer, c));
  }

  /** The case's events up to its projection's head (later ones may be an incomplete batch). */
  events(c: CaseDoc, first?: number | null, after?: string | null): Promise<Page<CaseEventDoc>> {
    const filter = { caseId: c._id, seq: trusted({ $lte: c.seq }) };
    return pageFromDatabase<CaseEventDoc>(
      first === undefined || first === null ? 100 : Math.min(first, 200),
      after,
      () => Promise.resolve(c.seq),
      (skip, limit) =>
        this.models.CaseEvent.find(filter)
          .sort({ seq: 1 })
          .skip(skip)
          .limit(limit)
          .lean<CaseEventDoc[]>()
          .exec(),
    );
  }

  private async page(filter: Record<string, unknown>, first?: number | null, after?: string | null) {
    // The count is taken only when `totalCount` is selected (an unrequested count would scan the matches).
    const page = await pageFromDatabase<CaseDoc>(
      first,
      after,
      () => Promise.resolve(0),
      (skip, limit) =>
        this.models.Case.find(filter).sort(SORT).skip(skip).limit(limit).lean<CaseDoc[]>().exec(),
    );
    return lazyTotal(page, () => this.models.Case.countDocuments(filter).exec());
  }
}

/**
 * A page whose `totalCount` is computed when first read. GraphQL's default field resolver reads the
 * property only when the query selects `totalCount`, and awaits the promise the getter returns.
 */
function lazyTotal<T>(
  page: Omit<Page<T>, 'totalCount'> & { totalCount?: number },
  count: () => Promise<number>,
): Page<T> {
  let counted: Promise<number> | undefined;
  return Object.defineProperty(page, 'totalCount', {
    enumerable: true,
    get: () => (counted ??= count()),
  }) as Page<T>;
}

interface InboxPosition {
  /** Null: the cursor is among the cases without a due time (they come last). */
  dueAt: Date | null;
  id: Types.ObjectId;
}

/** Opaque to clients: base64url of `i:<dueAt ms or "-">:<id hex>`. */
function encodeInboxCursor(c: Pick<CaseDoc, 'dueAt' | '_id'>): string {
  const due = c.dueAt ? String(c.dueAt.getTime()) : '-';
  return Buffer.from(`i:${due}:${c._id.toHexString()}`, 'utf8').toString('base64url');
}

function decodeInboxCursor(cursor: string): InboxPosition {
  const m = /^i:(-|-?\d{1,16}):([0-9a-f]{24})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const due = m?.[1] === '-' ? null : new Date(Number(m?.[1]));
  if (!m || (due && Number.isNaN(due.getTime())))
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: '分页游标无效。', en: 'The pagination cursor is not valid.' },
      { fieldPath: ['after'] },
    );
  return { dueAt: due, id: new Types.ObjectId(m[2]) };
}
