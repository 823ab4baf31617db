/**
 * Complaints filed on the public complaint form (docs/complaints-public.md). Order of a submission:
 * check everything (the text by the engine's form rules, the customer's details, each attachment's
 * type, size and magic bytes, the category active), count it against the address's rate limit, claim
 * the idempotency key (which pins the case id), open the case on the complaint flow routed by the
 * category, add the attachments, and sign a tracking link.
 *
 * The customer acts as a `customer` viewer whose link id is the claim's id, so every event's actor
 * (`customer:<id>`) is that customer and stays the same on a retry; each step under a key derived from
 * the claim, so a retry after a crash repairs the rest without doubling anything.
 *
 * Routing: by the category's routing fields, through `openCase`'s own category routing
 * (features/cases/runtime/case-open.service.ts). When a shared `routeNewCase` exists, it takes over there.
 */
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { Models } from '../../db/models';
import { takeWindowSlot } from '../../db/window-limit';
import { AppError, badInput, notFound } from '../../errors/app-error';
import type { OpenCaseInput, PublicComplaintInput } from '../../generated/resolvers-types';
import { toGlobalId } from '../../graphql/global-id';
import type { Viewer } from '../access';
import { CaseOpenService } from '../cases';
import type { CaseRecord } from '../cases';
import type { CaseRuntime } from '../cases';
import { caseRuntimeOf } from '../cases';
import { checkIdempotencyKey } from '../cases';
import { categoryLocalId } from '../complaint-categories/complaint-category.resolvers';
import { AttachmentService } from '../files';
import { FlowTemplateService } from '../flows';
import { intakeAttempts } from '../intake';
import { complaintClockOf } from '../cases';
import { checkComplaint, type CheckedComplaint } from './complaint-input';
import { issueTrackingToken } from './tracking-link';

/** The flow public complaints open. */
export const PUBLIC_COMPLAINT_FLOW = 'complaint-handling';
/** Complaints accepted per client address in COMPLAINT_RATE_WINDOW_MS. */
export const COMPLAINT_RATE_LIMIT = 5;
export const COMPLAINT_RATE_WINDOW_MS = 60 * 60 * 1000;

export interface PublicCategory {
  id: string;
  name: { zh: string; en: string };
  children: PublicCategory[];
}

function serviceUnavailable(): AppError {
  return new AppError('NOT_FOUND', {
    zh: '暂不受理线上投诉，请致电客服热线。',
    en: 'Complaints cannot be filed online at the moment; please call our service line.',
  });
}

export class PublicComplaintService {
  private readonly runtime: CaseRuntime;

  constructor(private readonly models: Models) {
    this.runtime = caseRuntimeOf(models);
  }

  /** The active categories as a tree (an inactive category hides its subtree), names only. */
  async categories(): Promise<PublicCategory[]> {
    const all = await this.models.ComplaintCategory.find({ active: true })
      .sort({ depth: 1, order: 1 })
      .lean()
      .exec();
    const byId = new Map<string, PublicCategory>();
    const roots: PublicCategory[] = [];
    for (const c of all) {
      const node: PublicCategory = {
        id: toGlobalId('ComplaintCategory', c._id.toHexString()),
        name: { zh: c.name.zh, en: c.name.en },
        children: [],
      };
      byId.set(c._id.toHexString(), node);
      if (c.parentId === null) roots.push(node);
      else byId.get(c.parentId.toHexString())?.children.push(node);
    }
    return roots;
  }

  private async throttle(ip: string): Promise<void> {
    await takeWindowSlot({
      model: await intakeAttempts(this.models.Case.db),
      record: { ip, linkId: 'public-complaint' },
      scopes: [{ filter: { ip, linkId: 'public-complaint' }, limit: COMPLAINT_RATE_LIMIT }],
      windowMs: COMPLAINT_RATE_WINDOW_MS,
      now: new Date(),
      message: (minutes) => ({
        zh: `提交过于频繁，请在 ${minutes} 分钟后重试。`,
        en: `Too many complaints from this address; try again in ${minutes} minutes.`,
      }),
    });
  }

  /** The category, which must exist and be active (inactive ones are not offered). */
  private async category(globalId: string) {
    const localId = categoryLocalId(globalId);
    const found =
      localId && Types.ObjectId.isValid(localId)
        ? await this.models.ComplaintCategory.findById(localId).lean().exec()
        : null;
    if (!found) throw notFound({ zh: '投诉类别', en: 'complaint category' }, ['input', 'categoryId']);
    if (!found.active)
      throw badInput(['input', 'categoryId'], {
        zh: '该投诉类别已不再受理，请选择其他类别。',
        en: 'This category is no longer offered; choose another one.',
      });
    return found;
  }

  async submit(input: PublicComplaintInput, idempotencyKey: string, ip: string) {
    checkIdempotencyKey(idempotencyKey);
    const checked = await checkComplaint(input);
    await this.category(checked.categoryId);
    const flows = new FlowTemplateService(this.models);
    const template = await this.models.FlowTemplate.findById(PUBLIC_COMPLAINT_FLOW).lean().exec();
    const version = template && !template.archived ? await flows.version(PUBLIC_COMPLAINT_FLOW) : null;
    if (!version) throw serviceUnavailable();
    await this.throttle(ip);

    const { idempotency } = this.runtime;
    const request = {
      categoryId: checked.categoryId,
      text: checked.text,
      customer: checked.customer,
      attachments: checked.attachments.map((a) => ({
        fileName: a.fileName,
        contentType: a.contentType,
        sha256: createHash('sha256').update(a.data).digest('hex'),
      })),
    };
    const claim = await idempotency.claim(
      'public-complaint',
      idempotencyKey,
      'submitComplaint',
      request,
      new Types.ObjectId(),
    );
    if (claim.kind === 'replay') return this.receipt(claim.result, true);
    const caseId = claim.caseId as Types.ObjectId;
    const linkId = claim.id.toHexString();
    const viewer: Viewer = { kind: 'customer', caseId: caseId.toHexString(), linkId };
    const opened = () => this.models.CaseEvent.exists({ caseId, seq: 1 }).exec();

    if (claim.kind === 'first' || !(await opened())) {
      try {
        await new CaseOpenService(this.runtime).openClaimed(
          viewer,
          caseId,
          await this.openInput(version.version, checked),
          claim.scopedKey,
        );
      } catch (err) {
        if (!(await opened())) await idempotency.release(claim.id);
        throw err;
      }
    }
    const derived = createHash('sha256').update(claim.scopedKey).digest('hex').slice(0, 32);
    const files = new AttachmentService(this.models);
    for (const [i, a] of checked.attachments.entries())
      await files.add(viewer, caseId, {
        fileName: a.fileName,
        contentType: a.contentType,
        contentBase64: a.contentBase64,
        idempotencyKey: `complaint-${derived}-${i}`,
      });
    const found = await this.models.Case.findById(caseId).lean<CaseRecord>().exec();
    if (!found) throw new Error(`complaint case ${caseId.toHexString()} missing after its open`);
    const result = {
      caseId: caseId.toHexString(),
      reference: found.reference,
      linkId,
      issuedAt: found.openedAt.toISOString(),
    };
    await idempotency.complete(claim.id, result);
    return this.receipt(result, false);
  }

  /**
   * The case to open: the complaint flow, routed by the category; the complaint's own form prefilled
   * with what the customer wrote (only the fields the flow's version knows).
   */
  private async openInput(version: number, checked: CheckedComplaint): Promise<OpenCaseInput> {
    const definition = await this.runtime.definition(PUBLIC_COMPLAINT_FLOW, version);
    const known = new Set(definition.forms.flatMap((f) => f.elements.map((e) => e.name)));
    const prefill: Record<string, unknown> = {
      complaintChannel: 'online',
      complainantName: checked.customer.name,
      complainantMobile: checked.customer.phone,
      complaintText: checked.text,
    };
    const data = Object.fromEntries(Object.entries(prefill).filter(([k]) => known.has(k)));
    const customer = Object.fromEntries(
      Object.entries(checked.customer).filter(([, v]) => v !== null),
    ) as OpenCaseInput['customer'];
    return {
      templateKey: PUBLIC_COMPLAINT_FLOW,
      version,
      channel: 'WEBSITE',
      customer,
      categoryId: checked.categoryId,
      ...(Object.keys(data).length > 0 ? { data } : {}),
    };
  }

  /** The receipt; the tracking token is signed again from its recorded id and time (never stored). */
  private async receipt(result: Record<string, unknown>, replayed: boolean) {
    const caseId = String(result['caseId']);
    const issuedAt = new Date(String(result['issuedAt']));
    const link = await issueTrackingToken(this.models, caseId, String(result['linkId']), issuedAt);
    const found = await this.models.Case.findById(caseId).lean<CaseRecord>().exec();
    if (!found) throw new Error(`complaint case ${caseId} missing`);
    const clock = await complaintClockOf(this.models, found);
    return {
      caseReference: String(result['reference']),
      trackingUrl: `/track/${link.token}`,
      trackingToken: link.token,
      expiresAt: link.expiresAt,
      deadline: clock?.deadline ?? null,
      replayed,
    };
  }
}
