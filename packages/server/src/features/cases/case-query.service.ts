/**
 * Reading cases: lists with department scoping, the inbox, customer lookup by blind index, a case's
 * events. Every list is ordered by an index (due time, then id) and paged in the database.
 */
import { trusted, Types } from 'mongoose';
import type { Models } from '../../db/models';
import { badInput } from '../../errors/app-error';
import type { CaseStatus } from '../../generated/resolvers-types';
import { fromGlobalId } from '../../graphql/global-id';
import type { Page } from '../../graphql/pagination';
import type { Viewer } from '../access/viewer';
import { pageFromDatabase } from '../definitions/definition-page';
import type { CaseDoc, CaseEventDoc } from './case.model';
import { canSeeCase, departmentScope } from './case-access';
import type { DataKeyring } from './data-keys';

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

  list(
    viewer: Viewer,
    args: { status?: CaseStatus | null; queueId?: string | null; assigneeId?: string | null },
    first?: number | null,
    after?: string | null,
  ): Promise<Page<CaseDoc>> {
    const filter: Record<string, unknown> = {};
    if (args.status) filter['status'] = args.status;
    if (args.queueId) filter['queueId'] = localObjectId(args.queueId, 'Queue') ?? NO_MATCH;
    if (args.assigneeId) filter['assigneeId'] = localObjectId(args.assigneeId, 'User') ?? NO_MATCH;
    const departments = departmentScope(viewer);
    if (departments) filter['departmentCode'] = trusted({ $in: departments });
    return this.page(filter, first, after);
  }

  /** Open and paused cases assigned to the viewer, soonest due first: one equality on `inboxKey`. */
  inbox(viewer: Viewer, first?: number | null, after?: string | null): Promise<Page<CaseDoc>> {
    const me = viewer.kind === 'user' ? viewer.userId : '';
    return this.page({ inboxKey: me }, first, after);
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

  private page(filter: Record<string, unknown>, first?: number | null, after?: string | null) {
    return pageFromDatabase<CaseDoc>(
      first,
      after,
      () => this.models.Case.countDocuments(filter).exec(),
      (skip, limit) =>
        this.models.Case.find(filter).sort(SORT).skip(skip).limit(limit).lean<CaseDoc[]>().exec(),
    );
  }
}
