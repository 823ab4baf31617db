/**
 * Verifying the chains and anchoring them daily. `verify` walks each case's log in seq order (the
 * unique index's order) and stops at the first broken link; anchors are checked against the events
 * they name, so even a log rewritten end to end with fresh hashes is caught at the anchored head.
 */
import { trusted, type Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { isDuplicateKeyError } from '../../../errors/app-error';
import { anchorHash, firstBrokenLink, type BrokenLink } from './audit-chain';
import type { AuditAnchorDoc, CaseEventDoc } from '../case.model';

export interface AuditReport {
  ok: boolean;
  casesChecked: number;
  eventsChecked: number;
  firstBroken: BrokenLink | null;
}

export class CaseAuditService {
  constructor(private readonly models: Models) {}

  /**
   * Verifies one case's chain, or every chain; `scope` limits "every" to these cases (a
   * department-scoped auditor checks, counts and is told about only the cases they may see).
   */
  async verify(caseId: Types.ObjectId | null, scope: Types.ObjectId[] | null = null): Promise<AuditReport> {
    const filter = caseId ? { caseId } : scope ? { caseId: trusted({ $in: scope }) } : {};
    const cursor = this.models.CaseEvent.find(filter)
      .sort({ caseId: 1, seq: 1 })
      .lean<CaseEventDoc>()
      .cursor();
    let current: CaseEventDoc[] = [];
    let cases = 0;
    let events = 0;
    const check = (): BrokenLink | null => (current.length > 0 ? firstBrokenLink(current) : null);
    for await (const e of cursor as AsyncIterable<CaseEventDoc>) {
      events++;
      if (current[0] && !current[0].caseId.equals(e.caseId)) {
        cases++;
        const broken = check();
        if (broken) return { ok: false, casesChecked: cases, eventsChecked: events, firstBroken: broken };
        current = [];
      }
      current.push(e);
    }
    if (current.length > 0) cases++;
    const visible = scope ? new Set(scope.map((id) => id.toHexString())) : null;
    const broken = check() ?? (await this.checkAnchors(caseId, visible));
    return { ok: broken === null, casesChecked: cases, eventsChecked: events, firstBroken: broken };
  }

  /**
   * Every anchored head (of this case, of the visible ones, or all) must still carry the anchored hash.
   * A broken anchor chain is reported to everyone, naming a case only to those who may see it.
   */
  private async checkAnchors(
    caseId: Types.ObjectId | null,
    visible: ReadonlySet<string> | null,
  ): Promise<BrokenLink | null> {
    const anchors = await this.models.AuditAnchor.find({}).sort({ day: 1 }).lean<AuditAnchorDoc[]>().exec();
    let prev: string | null = null;
    for (const anchor of anchors) {
      const first = anchor.heads.find((h) => !visible || visible.has(h.caseId));
      if (anchor.prevAnchorHash !== prev || anchorHash(anchor.day, anchor.heads, prev) !== anchor.hash)
        return { caseId: first?.caseId ?? '', seq: first?.seq ?? 0, reason: 'ANCHOR_MISMATCH' };
      prev = anchor.hash;
      for (const head of anchor.heads) {
        if (caseId && head.caseId !== caseId.toHexString()) continue;
        if (visible && !visible.has(head.caseId)) continue;
        const e = await this.models.CaseEvent.findOne({ caseId: head.caseId, seq: head.seq }).lean().exec();
        if (!e || e.hash !== head.hash)
          return { caseId: head.caseId, seq: head.seq, reason: 'ANCHOR_MISMATCH' };
      }
    }
    return null;
  }

  /**
   * The anchor of `day` (UTC, `YYYY-MM-DD`): the head of every chain that moved that day, chained to the
   * previous anchor. The unique day makes a second run (another process, a retry) a no-op.
   */
  async anchorDay(day: string): Promise<AuditAnchorDoc> {
    const existing = await this.models.AuditAnchor.findOne({ day }).lean<AuditAnchorDoc>().exec();
    if (existing) return existing;
    const from = new Date(`${day}T00:00:00.000Z`);
    const to = new Date(from.getTime() + 86_400_000);
    const heads = new Map<string, { caseId: string; seq: number; hash: string }>();
    const cursor = this.models.CaseEvent.find({ recordedAt: trusted({ $gte: from, $lt: to }) })
      .lean<CaseEventDoc>()
      .cursor();
    for await (const e of cursor as AsyncIterable<CaseEventDoc>) {
      const id = e.caseId.toHexString();
      const seen = heads.get(id);
      if (e.batchEnd && (!seen || seen.seq < e.seq)) heads.set(id, { caseId: id, seq: e.seq, hash: e.hash });
    }
    const sorted = [...heads.values()].sort((a, b) =>
      a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0,
    );
    const previous = await this.models.AuditAnchor.findOne({ day: trusted({ $lt: day }) })
      .sort({ day: -1 })
      .lean<AuditAnchorDoc>()
      .exec();
    const prevAnchorHash = previous?.hash ?? null;
    try {
      await this.models.AuditAnchor.create({
        day,
        hash: anchorHash(day, sorted, prevAnchorHash),
        prevAnchorHash,
        heads: sorted,
        createdAt: new Date(),
      });
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
    return (await this.models.AuditAnchor.findOne({ day }).lean<AuditAnchorDoc>().exec()) as AuditAnchorDoc;
  }
}
