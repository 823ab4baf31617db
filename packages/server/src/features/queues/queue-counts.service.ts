/**
 * Open-case counts per queue (`queueCounts`). Each number is one `countDocuments` on `cases` backed by
 * the `queue_status_due` index (queueId, status, dueAt) — never a `$group`, which FerretDB v1 evaluates
 * with its first accumulator only. A viewer sees the queues of their departments (every queue with
 * `case.all-departments`, and API clients and the system see all).
 */
import { trusted } from 'mongoose';
import type { Models } from '../../db/models';
import type { QueueDoc } from '../access';
import type { Viewer } from '../access';
import { departmentScope } from '../cases';
import { caseNow } from '../cases';

/** Statuses of a case that still sits in its queue (not closed or cancelled). */
export const OPEN_STATUSES = ['OPEN', 'PAUSED', 'RESOLVED'] as const;

export interface QueueCountView {
  queue: QueueDoc;
  open: number;
  unassigned: number;
  overdue: number;
}

export async function visibleQueues(models: Models, viewer: Viewer): Promise<QueueDoc[]> {
  if (viewer.kind === 'anonymous') return [];
  const scope = departmentScope(viewer);
  const filter = scope ? { departmentCode: trusted({ $in: scope }) } : {};
  return models.Queue.find(filter).sort({ departmentCode: 1, code: 1 }).lean<QueueDoc[]>().exec();
}

export async function queueCounts(models: Models, viewer: Viewer): Promise<QueueCountView[]> {
  const queues = await visibleQueues(models, viewer);
  const now = caseNow(models);
  return Promise.all(
    queues.map(async (queue) => {
      const inQueue = { queueId: queue._id, status: trusted({ $in: [...OPEN_STATUSES] }) };
      const [open, unassigned, overdue] = await Promise.all([
        models.Case.countDocuments(inQueue).exec(),
        models.Case.countDocuments({ ...inQueue, assigneeId: null }).exec(),
        models.Case.countDocuments({ ...inQueue, dueAt: trusted({ $lt: now }) }).exec(),
      ]);
      return { queue, open, unassigned, overdue };
    }),
  );
}
