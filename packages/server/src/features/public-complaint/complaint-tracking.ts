/**
 * What a complaint's tracking page shows, from its case: where it stands, the regulatory deadline and
 * what has happened, in plain words. Built from the event log, it leaves out staff names (the handling
 * department at most), internal codes, notes, reasons and personal data.
 */
import type { FlowDefinition } from '@parley/engine';
import { Types } from 'mongoose';
import type { Models } from '../../db/models';
import { AppError } from '../../errors/app-error';
import type { ComplaintTrackingStatus } from '../../generated/resolvers-types';
import type { CaseRecord, CaseEventRecord } from '../cases';
import { caseRuntimeOf } from '../cases';
import { complaintClockOf } from '../cases';
import { verifyTrackingToken } from './tracking-link';

type Text = { zh: string; en: string };

export interface TrackingEntry {
  at: Date;
  text: Text;
}

/** A step's name without the bracketed working notes some flows add ("投诉处理（按类别分派部门）"). */
export function plainStepName(name: Text): Text {
  const strip = (s: string) => s.replace(/\s*[（(][^）)]*[）)]\s*/g, ' ').trim();
  return { zh: strip(name.zh), en: strip(name.en) };
}

/** Whether completing this step means the bank has answered the customer. */
function answers(step: FlowDefinition['steps'][number] | undefined): boolean {
  if (!step) return false;
  if (step.kind === 'notification') return step.recipient === 'customer';
  return step.kind === 'communication';
}

/** The entries and the status the log tells, oldest first. */
export function trackingStory(
  definition: FlowDefinition,
  events: readonly Pick<CaseEventRecord, 'type' | 'at' | 'data'>[],
  caseStatus: string,
): { entries: TrackingEntry[]; status: ComplaintTrackingStatus } {
  const entries: TrackingEntry[] = [];
  let worked = false;
  let answered = false;
  for (const e of events) {
    if (e.type === 'caseOpened')
      entries.push({ at: e.at, text: { zh: '我们已收到您的投诉。', en: 'We received your complaint.' } });
    else if (e.type === 'stepCompleted') {
      const step = definition.steps.find((s) => s.key === e.data['stepKey']);
      if (!step || step.kind === 'decision' || step.kind === 'end') continue;
      worked = true;
      if (answers(step)) {
        answered = true;
        entries.push({
          at: e.at,
          text:
            step.kind === 'notification'
              ? { zh: '我们已向您寄出书面答复。', en: 'We have sent you our answer in writing.' }
              : { zh: '我们已通过电话答复您。', en: 'We have given you our answer by phone.' },
        });
        continue;
      }
      const name = plainStepName(step.name);
      entries.push({ at: e.at, text: { zh: `已完成：${name.zh}。`, en: `Done: ${name.en}.` } });
    } else if (e.type === 'deadlineExtended')
      entries.push({
        at: e.at,
        text: {
          zh: '因情况较复杂，处理期限已依规延长。',
          en: 'As the matter needs more time, the deadline was extended as the rules allow.',
        },
      });
    else if (e.type === 'caseClosed' || e.type === 'endReached')
      entries.push({ at: e.at, text: { zh: '您的投诉已办结。', en: 'Your complaint is closed.' } });
  }
  const closed = caseStatus === 'RESOLVED' || caseStatus === 'CLOSED' || caseStatus === 'CANCELLED';
  const status: ComplaintTrackingStatus = closed
    ? 'CLOSED'
    : answered
      ? 'ANSWERED'
      : worked
        ? 'IN_PROGRESS'
        : 'RECEIVED';
  // One "closed" line even when both the end and the close are logged.
  const seen = new Set<string>();
  const unique = entries.filter((x) => {
    const k = x.text.en === 'Your complaint is closed.' ? x.text.en : `${x.at.toISOString()}|${x.text.en}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { entries: unique, status };
}

function linkInvalid(): AppError {
  return new AppError('LINK_INVALID', { zh: '链接无效。', en: 'This link is not valid.' });
}

export async function complaintTracking(models: Models, token: string) {
  const claims = await verifyTrackingToken(models, token);
  const found = Types.ObjectId.isValid(claims.caseId)
    ? await models.Case.findById(claims.caseId).lean<CaseRecord>().exec()
    : null;
  if (!found) throw linkInvalid();
  const runtime = caseRuntimeOf(models);
  const definition = await runtime.definition(found.templateKey, found.version);
  const events = await models.CaseEvent.find({ caseId: found._id })
    .sort({ seq: 1 })
    .lean<CaseEventRecord[]>()
    .exec();
  const { entries, status } = trackingStory(definition, events, found.status);
  const [category, department, clock] = await Promise.all([
    found.categoryId ? models.ComplaintCategory.findById(found.categoryId).lean().exec() : null,
    found.departmentCode ? models.Department.findOne({ code: found.departmentCode }).lean().exec() : null,
    complaintClockOf(models, found),
  ]);
  return {
    caseReference: found.reference,
    categoryName: category ? { zh: category.name.zh, en: category.name.en } : null,
    departmentName: department ? { zh: department.name.zh, en: department.name.en } : null,
    status,
    receivedAt: found.openedAt,
    deadline: clock?.deadline ?? null,
    entries,
    expiresAt: claims.expiresAt,
  };
}
