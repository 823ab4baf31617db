/**
 * The agent workspace's inbox (`inbox`) and saved views (`inboxViews`, `saveInboxView`,
 * `deleteInboxView`). Rows are read from the `cases` projection with indexed finds only (FerretDB v1,
 * docs/database.md), soonest due first, undated last, keyset-paged by (dueAt, _id) exactly as
 * `myInbox` (case-query.service.ts): a page never skips or repeats a case when cases come and go.
 */
import { trusted, Types } from 'mongoose';
import type { FlowDefinition } from '@parley/engine';
import type { Models } from '../../db/models';
import { AppError, badInput, isDuplicateKeyError } from '../../errors/app-error';
import type { InboxFilter, InboxView } from '../../generated/resolvers-types';
import { checkPageSize } from '../../graphql/pagination';
import type { Viewer } from '../access';
import type { UserDoc } from '../access';
import type { CaseDoc } from '../cases';
import { departmentScope } from '../cases';
import { caseNow, caseRuntimeOf } from '../cases';
import { dataKeysOf } from '../privacy';
import { checkFilter, checkView, inboxConditions } from './inbox-filter';
import type { SavedInboxViewDoc } from './inbox-view.model';

/** What an `InboxItem` resolves from: the case, its flow definition (null if unreadable) and "now". */
export interface InboxRow {
  case: CaseDoc;
  definition: FlowDefinition | null;
  now: Date;
}

export interface InboxPage {
  edges: { cursor: string; node: InboxRow }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** At most this many saved views per user. */
export const MAX_SAVED_VIEWS = 30;

export class InboxService {
  constructor(private readonly models: Models) {}

  async page(
    viewer: Viewer,
    view: InboxView,
    rawFilter: InboxFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<InboxPage> {
    const size = checkPageSize(first);
    const filter = checkFilter(rawFilter, ['filter']);
    const from = after ? decodeCursor(after) : null;
    const now = caseNow(this.models);
    const keys = dataKeysOf(this.models);
    const conditions = inboxConditions({
      viewer,
      view: checkView(view, ['view']),
      filter,
      now,
      keys,
      queueIds: view === 'MY_QUEUES' ? await this.myQueueIds(viewer) : [],
      teamIds: view === 'MY_TEAM' ? await this.teamIds(viewer) : [],
    });
    const find = (extra: Record<string, unknown>, sort: Record<string, 1>, limit: number) =>
      this.models.Case.find({ $and: [...conditions, extra] })
        .sort(sort)
        .limit(limit)
        .lean<CaseDoc[]>()
        .exec();
    const items: CaseDoc[] = [];
    if (!from || from.dueAt) {
      const dated = from?.dueAt
        ? {
            $or: [
              { dueAt: trusted({ $gt: from.dueAt }) },
              { dueAt: from.dueAt, _id: trusted({ $gt: from.id }) },
            ],
          }
        : { dueAt: trusted({ $ne: null }) };
      items.push(...(await find(dated, { dueAt: 1, _id: 1 }, size + 1)));
    }
    if (items.length <= size) {
      const undated = from && !from.dueAt ? { dueAt: null, _id: trusted({ $gt: from.id }) } : { dueAt: null };
      items.push(...(await find(undated, { _id: 1 }, size + 1 - items.length)));
    }
    const slice = items.slice(0, size);
    const runtime = caseRuntimeOf(this.models);
    const edges = await Promise.all(
      slice.map(async (c) => ({
        cursor: encodeCursor(c),
        node: {
          case: c,
          now,
          definition: await runtime.definition(c.templateKey, c.version).catch(() => null),
        },
      })),
    );
    return {
      edges,
      pageInfo: {
        hasNextPage: items.length > size,
        hasPreviousPage: from !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  /** The queues of the caller's own departments (a bank-wide supervisor's "my queues" too). */
  private async myQueueIds(viewer: Viewer): Promise<Types.ObjectId[]> {
    if (viewer.kind !== 'user' || viewer.departments.length === 0) return [];
    const queues = await this.models.Queue.find(
      { departmentCode: trusted({ $in: [...viewer.departments] }) },
      { _id: 1 },
    )
      .lean<{ _id: Types.ObjectId }[]>()
      .exec();
    return queues.map((q) => q._id);
  }

  /** The caller and the users sharing one of their departments. */
  private async teamIds(viewer: Viewer): Promise<Types.ObjectId[]> {
    if (viewer.kind !== 'user') return [];
    const ids = new Map<string, Types.ObjectId>([[viewer.userId, new Types.ObjectId(viewer.userId)]]);
    for (const department of viewer.departments) {
      // One equality per department (an array field matches an element): portable to FerretDB v1.
      const users = await this.models.User.find({ departments: department }, { _id: 1 })
        .lean<{ _id: Types.ObjectId }[]>()
        .exec();
      for (const u of users) ids.set(u._id.toHexString(), u._id);
    }
    return [...ids.values()];
  }

  /** Active users sharing a department with the caller; every active user for a bank-wide viewer. */
  async assignableUsers(viewer: Viewer): Promise<UserDoc[]> {
    const scope = departmentScope(viewer);
    const filter = scope ? { active: true, departments: trusted({ $in: scope }) } : { active: true };
    const users = await this.models.User.find(filter).limit(500).lean<UserDoc[]>().exec();
    return users.sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
  }

  async savedViews(viewer: Viewer): Promise<SavedInboxViewDoc[]> {
    const userId = requireUser(viewer);
    return this.models.SavedInboxView.find({ userId })
      .sort({ name: 1 })
      .limit(MAX_SAVED_VIEWS)
      .lean<SavedInboxViewDoc[]>()
      .exec();
  }

  async save(
    viewer: Viewer,
    input: { name: string; view: InboxView; filter?: InboxFilter | null },
  ): Promise<SavedInboxViewDoc> {
    const userId = requireUser(viewer);
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    if (name.length < 1 || [...name].length > 40)
      throw badInput(['input', 'name'], {
        zh: '视图名称须为 1–40 个字符。',
        en: 'The view name must be 1–40 characters.',
      });
    const view = checkView(input.view, ['input', 'view']);
    // The search is a one-off look-up (it may be a phone number): it is not kept.
    const { search: _search, ...filter } = checkFilter(input.filter, ['input', 'filter']);
    const now = caseNow(this.models);
    const existing = await this.models.SavedInboxView.findOne({ userId, name })
      .lean<SavedInboxViewDoc>()
      .exec();
    if (!existing) {
      const count = await this.models.SavedInboxView.countDocuments({ userId }).exec();
      if (count >= MAX_SAVED_VIEWS)
        throw badInput(['input', 'name'], {
          zh: `最多保存 ${MAX_SAVED_VIEWS} 个视图，请先删除一个。`,
          en: `At most ${MAX_SAVED_VIEWS} saved views; delete one first.`,
        });
      try {
        const created = await this.models.SavedInboxView.create({
          userId,
          name,
          view,
          filter,
          updatedAt: now,
        });
        return created.toObject() as SavedInboxViewDoc;
      } catch (err) {
        // A concurrent save of the same name won the insert: replace it below.
        if (!isDuplicateKeyError(err)) throw err;
      }
    }
    await this.models.SavedInboxView.updateOne(
      { userId, name },
      { $set: { view, filter, updatedAt: now } },
    ).exec();
    const saved = await this.models.SavedInboxView.findOne({ userId, name }).lean<SavedInboxViewDoc>().exec();
    if (!saved)
      throw new AppError('CONFLICT', { zh: '视图已被删除。', en: 'The view was deleted meanwhile.' });
    return saved;
  }

  async delete(viewer: Viewer, id: Types.ObjectId | null): Promise<boolean> {
    const userId = requireUser(viewer);
    if (!id) return false;
    // Only the caller's own view: another user's id deletes nothing.
    const res = await this.models.SavedInboxView.deleteOne({ _id: id, userId }).exec();
    return res.deletedCount === 1;
  }
}

function requireUser(viewer: Viewer): string {
  if (viewer.kind !== 'user')
    throw new AppError('FORBIDDEN', {
      zh: '只有员工账号可以保存收件箱视图。',
      en: 'Only staff accounts have saved inbox views.',
    });
  return viewer.userId;
}

/** Opaque to clients: base64url of `w:<dueAt ms or "-">:<id hex>`. */
function encodeCursor(c: Pick<CaseDoc, 'dueAt' | '_id'>): string {
  const due = c.dueAt ? String(c.dueAt.getTime()) : '-';
  return Buffer.from(`w:${due}:${c._id.toHexString()}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { dueAt: Date | null; id: Types.ObjectId } {
  const m = /^w:(-|-?\d{1,16}):([0-9a-f]{24})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const due = m?.[1] === '-' ? null : new Date(Number(m?.[1]));
  if (!m || (due && Number.isNaN(due.getTime())))
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: '分页游标无效。', en: 'The pagination cursor is not valid.' },
      { fieldPath: ['after'] },
    );
  return { dueAt: due, id: new Types.ObjectId(m[2]) };
}
