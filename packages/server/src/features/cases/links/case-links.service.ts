/**
 * Linked cases (docs/cases.md "Linked cases").
 *
 * `linkCases(A, B)` records the pair in `case_links` (unique per pair), then appends a `caseLinked` host
 * event to A's log (relation REFERS_TO), then one to B's (REFERRED_BY). When A is a complaint whose
 * category (or an ancestor) carries the JR/T 0169-2018 cause 债务催收 and B runs on a NEGOTIATION flow,
 * the link "pauses": B's clock is paused (engine `pauseClock`, actor `system:case-links`, the reason
 * naming the complaint) unless it is already paused, and resumed when A is closed or cancelled — unless
 * another open collection complaint still holds it.
 *
 * Every step is "make it so" from the logs, so the same `settle` finishes whatever a crash left undone:
 * each half is appended only if the log (read at seq n) lacks it, and the append at n + 1 loses to any
 * concurrent writer (CONFLICT, retried); the pause is taken only if B's log shows no manual clock change
 * since its half; the resume only if the last manual pause of B is the links' own. `settle` runs on
 * `linkCases` (and its retries), after `closeCase` / `cancelCase`, and from the sweep over open links.
 */
import type { Types } from 'mongoose';
import { trusted } from 'mongoose';
import type { Models } from '../../../db/models';
import { AppError, badInput, isDuplicateKeyError } from '../../../errors/app-error';
import { checkIdempotencyKey } from '../log/idempotency';
import type { Viewer } from '../../access';
import { jrtCause } from '../../complaint-categories/regulatory-vocabulary';
import type { CaseRecord, CaseStatusValue, StoredEvent } from '../case.model';
import { canSeeCase } from '../case-access';
import { caseNotFound } from '../case.errors';
import { isHostEventOf, type CaseLinkedData, type LinkRelation } from '../log/case-event-codec';
import { caseLinkModel, type CaseLinkModel, type CaseLinkRecord } from './case-links.model';
import { localObjectId } from '../runtime/case-query.service';
import type { CaseRuntime } from '../runtime/case-runtime.service';
import { type CaseChange, type CommandOutcome, caseRuntimeOf } from '../runtime/case-runtime.service';

export const LINKER: Viewer = { kind: 'system', name: 'case-links' };
export const LINKER_ACTOR = 'system:case-links';

export type { CaseLinkedData, LinkRelation } from '../log/case-event-codec';

export interface CaseLinkView {
  case: CaseRecord;
  relation: LinkRelation;
  reason: string;
  pausing: boolean;
  at: Date;
}

const ENDED_STATUSES: CaseStatusValue[] = ['CLOSED', 'CANCELLED'];
const ENDED = new Set<string>(ENDED_STATUSES);
/** A case whose engine state is active (the clock can be paused or resumed). */
const running = (c: CaseRecord): boolean => c.status === 'OPEN' || c.status === 'PAUSED';
const manualPause = (c: CaseRecord): boolean => c.status === 'PAUSED';

const MAX_TRIES = 5;

function isConflict(err: unknown): boolean {
  return err instanceof AppError && err.code === 'CONFLICT';
}

/** Runs `attempt` again after a lost race (CONFLICT), a few times. */
async function retrying<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!isConflict(err) || i >= MAX_TRIES) throw err;
      await new Promise((r) => setTimeout(r, 10 * i));
    }
  }
}

export class CaseLinkService {
  readonly runtime: CaseRuntime;

  constructor(readonly models: Models) {
    this.runtime = caseRuntimeOf(models);
  }

  private links(): Promise<CaseLinkModel> {
    return caseLinkModel(this.models.Case.db);
  }

  /** `linkCases`: validates, records the pair, settles it; the result is A's command result. */
  async link(
    viewer: Viewer,
    caseGlobalId: string,
    relatedGlobalId: string,
    reasonInput: string,
    idempotencyKey: string | null | undefined,
  ): Promise<CommandOutcome> {
    if (idempotencyKey != null) checkIdempotencyKey(idempotencyKey);
    const reason = reasonInput.trim();
    if (reason.length === 0 || reason.length > 500)
      throw badInput(['reason'], {
        zh: 'reason 须为 1–500 个字符。',
        en: 'reason must be 1–500 characters.',
      });
    const aId = localObjectId(caseGlobalId, 'Case');
    if (!aId) throw caseNotFound(['caseId']);
    const bId = localObjectId(relatedGlobalId, 'Case');
    if (!bId) throw caseNotFound(['relatedCaseId']);
    if (aId.equals(bId))
      throw badInput(['relatedCaseId'], {
        zh: '案件不能与自身关联。',
        en: 'A case cannot be linked to itself.',
      });
    const a = await this.runtime.visibleCase(viewer, aId);
    const b = await this.models.Case.findById(bId).lean<CaseRecord>().exec();
    if (!b || !canSeeCase(viewer, b)) throw caseNotFound(['relatedCaseId']);
    const links = await this.links();
    let link = await links.findById(pairId(aId, bId)).lean<CaseLinkRecord>().exec();
    if (!link) {
      if (ENDED.has(a.status))
        throw new AppError(
          'CASE_CLOSED',
          { zh: '案件已结束，不能再关联。', en: 'The case is over; it cannot be linked any more.' },
          { fieldPath: ['caseId'] },
        );
      const draft: CaseLinkRecord = {
        _id: pairId(aId, bId),
        caseId: aId,
        relatedCaseId: bId,
        reason,
        pauses: (await this.isCollectionComplaint(a)) && (await this.flowKind(b)) === 'NEGOTIATION',
        open: true,
        actor: viewer.kind === 'user' ? `user:${viewer.userId}` : null,
        createdAt: new Date(),
      };
      try {
        await links.create(draft);
        link = draft;
      } catch (err) {
        // Linked concurrently: the first document wins (its reason and decision), this request settles it.
        if (!isDuplicateKeyError(err)) throw err;
        link = await links.findById(draft._id).lean<CaseLinkRecord>().exec();
        if (!link) throw err;
      }
    }
    // A's half under the caller's idempotency key: a retry of the same request gets the same result.
    const outcome = await this.ensureHalf(viewer, link, 'REFERS_TO', idempotencyKey);
    await this.settle(link, viewer);
    return outcome;
  }

  /**
   * Makes the pair's logs and B's clock agree with the link (see the file comment); closes the link's
   * `open` flag when nothing is left to do. `viewer` appends missing halves (the sweep uses LINKER).
   */
  async settle(link: CaseLinkRecord, viewer: Viewer = LINKER): Promise<void> {
    await this.ensureHalf(viewer, link, 'REFERS_TO', null);
    await this.ensureHalf(viewer, link, 'REFERRED_BY', null);
    if (!link.pauses) return this.close(link);
    const complaintLive = await retrying(async () => {
      const a = await this.models.Case.findById(link.caseId).lean<CaseRecord>().exec();
      const b = await this.models.Case.findById(link.relatedCaseId).lean<CaseRecord>().exec();
      if (!a || !b) return true;
      if (!ENDED.has(a.status)) {
        if (running(b) && !manualPause(b) && !(await this.clockTouchedSinceHalf(b, link.caseId)))
          await this.clock(b, 'pause', a);
        return true;
      }
      if (running(b) && (await this.pausedByLinks(b)) && !(await this.heldByAnother(b, link.caseId)))
        await this.clock(b, 'resume', a);
      return false;
    });
    if (!complaintLive) await this.close(link);
  }

  /** Settles every open link of a case that has just ended (closeCase / cancelCase). */
  async afterEnded(caseId: Types.ObjectId): Promise<void> {
    const links = await this.links();
    const open = await links.find({ caseId, open: true }).lean<CaseLinkRecord[]>().exec();
    for (const link of open) await this.settle(link);
  }

  /** One sweep round: settles open links (oldest first, at most `limit`); returns how many it looked at. */
  async sweep(limit = 500): Promise<number> {
    const links = await this.links();
    const open = await links
      .find({ open: true })
      .sort({ createdAt: 1 })
      .limit(limit)
      .lean<CaseLinkRecord[]>()
      .exec();
    for (const link of open) await this.settle(link);
    return open.length;
  }

  /** `Case.links`: the case's `caseLinked` events, the other case visible to the viewer. */
  async linksOf(viewer: Viewer, c: CaseRecord): Promise<CaseLinkView[]> {
    const events = await this.models.CaseEvent.find({ caseId: c._id, type: 'caseLinked' })
      .sort({ seq: 1 })
      .lean<StoredEvent[]>()
      .exec();
    const out: CaseLinkView[] = [];
    for (const e of events) {
      if (e.seq > c.seq || !isHostEventOf(e, 'caseLinked')) continue;
      const d = e.data;
      const other = await this.models.Case.findById(d.relatedCaseId).lean<CaseRecord>().exec();
      if (!other || !canSeeCase(viewer, other)) continue;
      const [complaint, negotiation] = d.relation === 'REFERS_TO' ? [c, other] : [other, c];
      const pausing =
        d.pauses &&
        !ENDED.has(complaint.status) &&
        manualPause(negotiation) &&
        (await this.pausedByLinks(negotiation));
      out.push({ case: other, relation: d.relation, reason: d.reason, pausing, at: e.at });
    }
    return out;
  }

  /** Appends the half of `link` to the log of its case unless that log (as projected) already has it. */
  private ensureHalf(
    viewer: Viewer,
    link: CaseLinkRecord,
    relation: LinkRelation,
    idempotencyKey: string | null | undefined,
  ): Promise<CommandOutcome> {
    const [self, other] =
      relation === 'REFERS_TO' ? [link.caseId, link.relatedCaseId] : [link.relatedCaseId, link.caseId];
    return retrying(async () => {
      const current = await this.models.Case.findById(self).lean<CaseRecord>().exec();
      if (!current) throw caseNotFound(relation === 'REFERS_TO' ? ['caseId'] : ['relatedCaseId']);
      const existing = await this.half(self, other, current.seq);
      if (existing && idempotencyKey == null) return { case: current, events: [existing], replayed: true };
      const data: CaseLinkedData = {
        relatedCaseId: other.toHexString(),
        relation,
        reason: link.reason,
        pauses: link.pauses,
      };
      return this.runtime.run(
        viewer,
        self,
        'linkCases',
        { relatedCaseId: other.toHexString(), reason: link.reason },
        (c): CaseChange => {
          // Checked at seq n: a writer that got in since makes this append lose (and the retry re-reads).
          if (c.seq !== current.seq) throw raced();
          if (existing) throw alreadyLinked();
          return { kind: 'host', type: 'caseLinked', data };
        },
        idempotencyKey,
      );
    }).catch(async (err: unknown) => {
      // A retry with a new key after the half is in: the link exists, answer with the case as it is.
      if (err instanceof AppError && err.code === 'COMMAND_NOT_APPLICABLE' && err.details?.['linked']) {
        const current = await this.models.Case.findById(self).lean<CaseRecord>().exec();
        const existing = current && (await this.half(self, other, current.seq));
        if (current && existing) return { case: current, events: [existing], replayed: true };
      }
      throw err;
    });
  }

  private half(self: Types.ObjectId, other: Types.ObjectId, upToSeq: number): Promise<StoredEvent | null> {
    return this.models.CaseEvent.findOne({
      caseId: self,
      type: 'caseLinked',
      'data.relatedCaseId': other.toHexString(),
      seq: trusted({ $lte: upToSeq }),
    })
      .lean<StoredEvent>()
      .exec();
  }

  /** Whether B's clock was paused or resumed by hand since the link's half arrived in B's log. */
  private async clockTouchedSinceHalf(b: CaseRecord, complaintId: Types.ObjectId): Promise<boolean> {
    const half = await this.half(b._id, complaintId, b.seq);
    if (!half) return true;
    const later = await this.models.CaseEvent.find({
      caseId: b._id,
      type: trusted({ $in: ['clockPaused', 'clockResumed'] }),
      seq: trusted({ $gt: half.seq, $lte: b.seq }),
    })
      .lean<StoredEvent[]>()
      .exec();
    return later.some((e) => e.data['cause'] === 'manual');
  }

  /** Whether the last manual pause of B is the links' own (and still in force). */
  private async pausedByLinks(b: CaseRecord): Promise<boolean> {
    if (!manualPause(b)) return false;
    const clockEvents = await this.models.CaseEvent.find({
      caseId: b._id,
      type: trusted({ $in: ['clockPaused', 'clockResumed'] }),
      seq: trusted({ $lte: b.seq }),
    })
      .sort({ seq: -1 })
      .lean<StoredEvent[]>()
      .exec();
    const last = clockEvents.find((e) => e.data['cause'] === 'manual');
    return last?.type === 'clockPaused' && last.actor === LINKER_ACTOR;
  }

  /** Another open complaint whose pausing link still holds B's clock. */
  private async heldByAnother(b: CaseRecord, complaintId: Types.ObjectId): Promise<boolean> {
    const links = await this.links();
    const others = await links.find({ relatedCaseId: b._id, pauses: true }).lean<CaseLinkRecord[]>().exec();
    const ids = others.map((l) => l.caseId).filter((id) => !id.equals(complaintId));
    if (ids.length === 0) return false;
    const live = await this.models.Case.countDocuments({
      _id: trusted({ $in: ids }),
      status: trusted({ $nin: ENDED_STATUSES }),
    }).exec();
    return live > 0;
  }

  private async clock(b: CaseRecord, action: 'pause' | 'resume', complaint: CaseRecord): Promise<void> {
    const reason = `关联催收投诉 ${complaint.reference} 处理期间暂停 (paused while the linked collection complaint ${complaint.reference} is open)`;
    try {
      await this.runtime.run(
        LINKER,
        b._id,
        action === 'pause' ? 'pauseCaseClock' : 'resumeCaseClock',
        {},
        (c): CaseChange => {
          // Decided on B at seq n: a change since makes this lose, and `settle` decides again.
          if (c.seq !== b.seq) throw raced();
          return {
            kind: 'engine',
            command: (actor) =>
              action === 'pause' ? { type: 'pauseClock', actor, reason } : { type: 'resumeClock', actor },
          };
        },
        null,
      );
    } catch (err) {
      // The case moved on (paused by hand, closed, …): nothing for the links to do.
      if (
        err instanceof AppError &&
        ['CLOCK_ALREADY_PAUSED', 'CLOCK_NOT_PAUSED', 'CASE_CLOSED'].includes(err.code)
      )
        return;
      throw err;
    }
  }

  private async close(link: CaseLinkRecord): Promise<void> {
    if (!link.open) return;
    const links = await this.links();
    await links.updateOne({ _id: link._id }, { $set: { open: false } }).exec();
    link.open = false;
  }

  /** A complaint whose category, or an ancestor of it, has the JR/T 0169-2018 cause 债务催收. */
  private async isCollectionComplaint(c: CaseRecord): Promise<boolean> {
    if (!c.categoryId || (await this.flowKind(c)) !== 'COMPLAINT') return false;
    const category = await this.models.ComplaintCategory.findById(c.categoryId).lean().exec();
    if (!category) return false;
    const codes = category.path.length > 0 ? category.path : [category.code];
    const line = await this.models.ComplaintCategory.find({ code: trusted({ $in: codes }) })
      .lean()
      .exec();
    const debtCollection = jrtCause('DEBT_COLLECTION');
    return [category, ...line].some((x) => x.regulatoryCodes?.jrtCause === debtCollection);
  }

  private async flowKind(c: CaseRecord): Promise<string | null> {
    const template = await this.models.FlowTemplate.findOne({ key: c.templateKey }, { kind: 1 })
      .lean()
      .exec();
    return template?.kind ?? null;
  }
}

function pairId(a: Types.ObjectId, b: Types.ObjectId): string {
  return `${a.toHexString()}:${b.toHexString()}`;
}

function raced(): AppError {
  return new AppError('CONFLICT', {
    zh: '案件刚被修改，请重试。',
    en: 'The case changed meanwhile; retry.',
  });
}

function alreadyLinked(): AppError {
  return new AppError(
    'COMMAND_NOT_APPLICABLE',
    { zh: '这两个案件已关联。', en: 'These cases are already linked.' },
    { details: { linked: true } },
  );
}
