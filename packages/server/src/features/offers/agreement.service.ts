/**
 * E-signature: the customer signs the accepted offer through their link. The server renders the
 * agreement PDF (the flow version's agreement clauses with the plan and its schedule, the signature,
 * time, IP, user agent), stores it encrypted, and
 * appends ONE batch: the host event `agreementRecorded` (signer's masked name, time, IP, user agent,
 * signature kind, file id, SHA-256) followed by the engine's `agreementSigned` (signatureId = file id,
 * documentHash = SHA-256), which completes the signature step. One batch, so the record and the step's
 * completion stand or fall together; the audit chain covers both. `verifyAgreement` recomputes the hash.
 */
import { withBankParty } from '../agreements';
import { createHash, randomUUID } from 'node:crypto';
import { agreementOfFlow, fenToYuanString, type FlowDefinition, type LocalizedText } from '@parley/engine';
import { Types } from 'mongoose';
import { AppError, badInput, notFound } from '../../errors/app-error';
import type { AgreementVerification, Offer, SignatureInput } from '../../generated/resolvers-types';
import type { Viewer } from '../access';
import { renderAgreementPdfQueued } from '../agreements';
import {
  decodeSignaturePng,
  MAX_SIGNATURE_HEIGHT,
  MAX_SIGNATURE_WIDTH,
  type SignatureImageProblem,
} from '../agreements';
import { recordRead } from '../cases';
import { actorKey } from '../cases';
import { caseNotFound } from '../cases';
import { conflict } from '../cases';
import { caseNow, type CommandOutcome } from '../cases';
import { checkIdempotencyKey } from '../cases';
import { localObjectId } from '../cases';
import { maskName } from '../privacy';
import { FileIntegrityError, fileStoreOf } from '../files';
import type { AgreementRecordedData, AgreementView } from './offer-log';
import { agreementOf } from './offer-log';
import { planOf } from './offer-plan';
import { throttleCustomerLink } from './customer-throttle';
import type { CustomerLinkView, CustomerViewService, LinkedCase } from './customer-view.service';
import { claimSigning } from './signing-claim';

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

interface CheckedSignature {
  kind: 'DRAWN' | 'TYPED';
  typedName?: string;
  /** The decoded signature written again as a plain PNG (what the PDF embeds). */
  imagePng?: Buffer;
  /** SHA-256 of the image as the customer sent it (identifies the request for its idempotency key). */
  imageSha256?: string;
}

/**
 * The signature as given, checked: consent, a typed name of 1–50 characters, or a PNG of ≤ 200 KiB that
 * decodes (signature-image.ts). Everything refused here is refused before a PDF is rendered.
 */
export function checkSignature(s: SignatureInput): CheckedSignature {
  if (s.consent !== true)
    throw badInput(['signature', 'consent'], {
      zh: '请先确认已阅读并同意协议内容。',
      en: 'Please confirm that you have read and agree to the agreement.',
    });
  if (s.kind === 'TYPED') {
    const name = (s.typedName ?? '').trim();
    if ([...name].length < 1 || [...name].length > 50)
      throw badInput(['signature', 'typedName'], {
        zh: '请输入 1–50 个字符的姓名。',
        en: 'Type your full name (1–50 characters).',
      });
    return { kind: 'TYPED', typedName: name };
  }
  const raw = (s.imagePngBase64 ?? '').replace(/^data:image\/png;base64,/, '');
  const data = /^[A-Za-z0-9+/]+={0,2}$/.test(raw) ? Buffer.from(raw, 'base64') : Buffer.alloc(0);
  const decoded = decodeSignaturePng(data);
  if (!decoded.ok) throw badInput(['signature', 'imagePngBase64'], SIGNATURE_PROBLEMS[decoded.problem]);
  return { kind: 'DRAWN', imagePng: decoded.png, imageSha256: sha256Hex(data) };
}

/** Host event: the signed PDF was read (data { agreementId, fileId }); appended before the bytes leave. */
export const AGREEMENT_READ = 'agreementRead';

const SIGNATURE_PROBLEMS: Readonly<Record<SignatureImageProblem, LocalizedText>> = {
  'not-png': {
    zh: '手写签名须为 PNG 图片（base64）。',
    en: 'A drawn signature must be a PNG image (base64).',
  },
  'too-large': {
    zh: '手写签名图片不能超过 200 KiB。',
    en: 'The signature image must be at most 200 KiB.',
  },
  dimensions: {
    zh: `手写签名图片尺寸须在 ${MAX_SIGNATURE_WIDTH}×${MAX_SIGNATURE_HEIGHT} 像素以内。`,
    en: `The signature image must be at most ${MAX_SIGNATURE_WIDTH}×${MAX_SIGNATURE_HEIGHT} pixels.`,
  },
  undecodable: {
    zh: '手写签名图片已损坏，无法读取，请重新签名。',
    en: 'The signature image is damaged and cannot be read; please sign again.',
  },
};

function localized(text: LocalizedText): LocalizedText {
  return typeof text === 'string' ? { zh: text, en: text } : { zh: text.zh, en: text.en ?? text.zh };
}

/**
 * The terms of a document signed without an offer: the case's answers to the flow's form fields, in
 * form order — money in yuan from fen, choices by their labels; sensitive fields, files and matrices
 * are left out (the PDF is shown to the customer and stored, personal data stays in the sealed log).
 */
export function documentTerms(
  definition: FlowDefinition,
  data: Readonly<Record<string, unknown>>,
): { label: LocalizedText; value: string }[] {
  const out: { label: LocalizedText; value: string }[] = [];
  const seen = new Set<string>();
  for (const form of definition.forms)
    for (const field of form.elements) {
      const value = data[field.name];
      if (seen.has(field.name) || field.sensitive || value === undefined || value === null) continue;
      if (['file', 'matrix', 'prc-id', 'bank-card', 'phone'].includes(field.type)) continue;
      seen.add(field.name);
      const label = localized(field.title);
      const choice = (v: unknown): string => {
        const option = 'choices' in field ? field.choices?.find((c) => c.value === v) : undefined;
        return option ? localized(option.text).zh : String(v);
      };
      if (field.type === 'money' && typeof value === 'number')
        out.push({ label, value: `¥${fenToYuanString(value)}` });
      else if (Array.isArray(value)) out.push({ label, value: value.map(choice).join('、') });
      else if (typeof value === 'object') continue;
      else out.push({ label, value: choice(value) });
    }
  return out;
}

export class AgreementService {
  readonly offers: CustomerViewService;

  constructor(offers: CustomerViewService) {
    this.offers = offers;
  }

  /**
   * Signs the offer on the table (or the flow's document). Order: the link's rate limit, the input, the
   * link, a replay of an earlier result, the case's state — then the signing claim (one signing of the
   * case at a time: the others are CONFLICT without rendering anything), the PDF (rendered through the
   * process's queue), the file, and the append. A signing that recorded nothing leaves neither its PDF
   * nor its claim behind.
   */
  async sign(
    token: string,
    input: SignatureInput,
    client: { ip: string; userAgent: string },
    idempotencyKey: string | null | undefined,
  ): Promise<CustomerLinkView> {
    const { runtime, models } = this.offers;
    await throttleCustomerLink(models, token, client.ip);
    if (idempotencyKey != null) checkIdempotencyKey(idempotencyKey);
    const signature = checkSignature(input);
    const l = await this.offers.linked(token);
    const request = {
      kind: signature.kind,
      typedName: signature.typedName ?? null,
      imageSha256: signature.imageSha256 ?? null,
    };
    // A retry of a signing that already happened is answered from its first result (no second PDF).
    const done =
      idempotencyKey != null &&
      (await models.Idempotency.findOne({ scope: actorKey(l.viewer), key: idempotencyKey, state: 'done' })
        .lean()
        .exec());
    if (done) {
      const replay = await runtime.run(
        l.viewer,
        l.case._id,
        'signAgreement',
        request,
        () => {
          throw conflict();
        },
        idempotencyKey,
      );
      return this.offers.viewAfter(l, replay);
    }

    const c = l.case;
    if (c.status !== 'OPEN' && c.status !== 'PAUSED')
      throw new AppError('CASE_CLOSED', {
        zh: '案件已结束，不能再签署。',
        en: 'The case is over; nothing can be signed.',
      });
    const view = this.offers.viewOf(c, l.events, l.state, l.definition, l.expiresAt);
    if (!view.actions.includes('SIGN'))
      throw new AppError('STEP_NOT_ACTIVE', {
        zh: '当前没有等待您签署的协议（须先接受方案）。',
        en: 'There is no agreement waiting for your signature (accept the offer first).',
      });
    const readAt = l.events[l.events.length - 1]?.seq ?? 0;
    // Claimed on the projection's seq, which `SIGN` above was decided from: a signer that read the case
    // before another's signing moved it on meets that signing's claim (a projection lagging its log
    // still shows the old seq); one that read it after sees no SIGN at all.
    const claim = await claimSigning(models, c._id, c.seq);
    let outcome: CommandOutcome | null = null;
    try {
      outcome = await this.renderAndRecord(l, view.offer, signature, request, readAt, client, idempotencyKey);
    } finally {
      // Nothing recorded (refused, lost a race, failed): the customer may try again at once. If the
      // release itself fails, the claim goes stale after STALE_CLAIM_MS and is taken over then.
      if (!outcome || outcome.replayed) await claim.release().catch(() => undefined);
    }
    return this.offers.viewAfter(l, outcome);
  }

  private async renderAndRecord(
    l: LinkedCase,
    offer: Offer | null,
    signature: CheckedSignature,
    request: Record<string, unknown>,
    readAt: number,
    client: { ip: string; userAgent: string },
    idempotencyKey: string | null | undefined,
  ): Promise<CommandOutcome> {
    const { runtime, models } = this.offers;
    const c = l.case;
    const stepKey = l.definition.steps.find(
      (s) =>
        s.kind === 'signature' &&
        s.signer === 'customer' &&
        l.state?.tokens.some((t) => t.stepKey === s.key && t.activatedAt !== null),
    )?.key as string;
    const signedAt = caseNow(models);
    const customerName = String(runtime.keys.open(c.customer.name));
    const plan = offer ? planOf(offer.input as never) : undefined;
    const step = l.definition.steps.find((s) => s.key === stepKey);
    const pdf = await renderAgreementPdfQueued({
      caseReference: c.reference,
      customerName,
      // The flow version's text (its own or the default), as the customer read it (agreement-text.ts).
      agreement: withBankParty(agreementOfFlow(l.definition)),
      ...(plan
        ? { plan }
        : {
            document: {
              title: step ? localized(step.name) : { zh: stepKey, en: stepKey },
              terms: documentTerms(l.definition, l.state?.data ?? {}),
            },
          }),
      signature,
      signedAt,
      ip: client.ip,
      userAgent: client.userAgent,
    });
    const sha256 = sha256Hex(pdf);
    const stored = await fileStoreOf(models).put({
      fileName: `${c.reference}-agreement.pdf`,
      contentType: 'application/pdf',
      data: pdf,
      metadata: { caseId: c._id.toHexString(), offerId: offer?.id ?? null, purpose: 'agreement' },
    });
    const record: AgreementRecordedData = {
      agreementId: randomUUID(),
      offerId: offer?.id ?? null,
      fileId: stored.id,
      sha256,
      size: pdf.length,
      signatureKind: signature.kind,
      signerName: c.customer.masked.name || maskName(customerName),
      signedAt: signedAt.toISOString(),
      ip: client.ip,
      userAgent: client.userAgent.slice(0, 500),
      linkId: l.viewer.linkId,
    };
    let appended = false;
    try {
      const outcome = await runtime.run(
        l.viewer,
        c._id,
        'signAgreement',
        request,
        (now) => {
          // The PDF was made from the case at `readAt`; anything in between (a new offer) voids it.
          if (now.seq !== readAt) throw conflict();
          return {
            kind: 'engine',
            command: (actor) => ({
              type: 'sign',
              stepKey,
              actor,
              signatureId: stored.id,
              documentHash: sha256,
            }),
            hostBefore: [{ type: 'agreementRecorded', data: { ...record } }],
          };
        },
        idempotencyKey,
      );
      appended = !outcome.replayed;
      return outcome;
    } finally {
      // A signing that recorded nothing (refused, lost its race, or answered from an earlier result)
      // leaves no unreferenced agreement PDF behind. Only a file the log does not name is removed: when
      // unsure (the check fails), keeping an unreferenced file is harmless, deleting a signed one is not.
      if (!appended) {
        const named = await models.CaseEvent.exists({
          caseId: c._id,
          type: 'agreementRecorded',
          'data.fileId': stored.id,
        })
          .exec()
          .then((found) => found !== null)
          .catch(() => true);
        if (!named)
          await fileStoreOf(models)
            .remove(stored.id)
            .catch(() => undefined);
      }
    }
  }

  /**
   * The stored PDF of an agreement, base64. It names the customer in full, so reading it is a reveal:
   * `agreementRead` is appended to the case's log first (the staff caller needs `case.reveal-pii`,
   * graphql/authorization.ts; the customer reads their own through their link).
   */
  async pdfBase64(viewer: Viewer, a: AgreementView): Promise<string> {
    await recordRead(this.offers.runtime, viewer, new Types.ObjectId(a.caseId), 'readAgreement', {
      type: AGREEMENT_READ,
      data: { agreementId: a.agreementId, fileId: a.fileId },
    });
    const found = await fileStoreOf(this.offers.models).get(a.fileId);
    if (!found) throw notFound({ zh: '协议文件', en: 'agreement file' });
    return found.data.toString('base64');
  }

  /** Recomputes the SHA-256 of the stored PDF (or the given copy) and compares it with the log's. */
  async verify(
    viewer: Viewer,
    caseGlobalId: string,
    pdfBase64: string | null | undefined,
  ): Promise<AgreementVerification> {
    const id: Types.ObjectId | null = localObjectId(caseGlobalId, 'Case');
    if (!id) throw caseNotFound();
    await this.offers.runtime.visibleCase(viewer, id);
    const agreement = agreementOf(await this.offers.runtime.log.events(id));
    if (!agreement) throw notFound({ zh: '已签署的协议', en: 'signed agreement' }, ['caseId']);
    let data: Buffer;
    if (pdfBase64 != null) {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(pdfBase64) || pdfBase64.length === 0)
        throw badInput(['pdfBase64'], {
          zh: 'PDF 须为 base64 编码。',
          en: 'The PDF must be base64-encoded.',
        });
      data = Buffer.from(pdfBase64, 'base64');
    } else {
      let found: Awaited<ReturnType<ReturnType<typeof fileStoreOf>['get']>>;
      try {
        found = await fileStoreOf(this.offers.models).get(agreement.fileId);
      } catch (err) {
        // Bytes that fail decryption or their own checksum: the document was altered. Anything else
        // (the database or disk unavailable) is not a verdict on the document and is thrown as it is.
        if (!(err instanceof FileIntegrityError)) throw err;
        return {
          ok: false,
          recordedSha256: agreement.recordedSha256,
          actualSha256: '',
          signedEventSeq: agreement.signedEventSeq,
        };
      }
      if (!found) throw notFound({ zh: '协议文件', en: 'agreement file' });
      data = found.data;
    }
    const actualSha256 = sha256Hex(data);
    return {
      ok: actualSha256 === agreement.recordedSha256,
      recordedSha256: agreement.recordedSha256,
      actualSha256,
      signedEventSeq: agreement.signedEventSeq,
    };
  }
}
