/**
 * Attachments of a case. The bytes go to the file store (encrypted, features/files/file-store.ts); the
 * case's log records each one as a host event `attachmentAdded` { attachmentId, fileName (sealed),
 * contentType, size, sha256, stepKey }, so the list is the log's and the audit chain covers the hash.
 * Reading the content appends `attachmentRead` { attachmentId } first, like `customerFieldRevealed`:
 * no plaintext leaves without its audit event.
 *
 * Order of an upload: check everything (input, case visible and open, step), store the file, append
 * the event. A refused or lost append, or an idempotent retry answered from the first request, deletes
 * the file it just stored; only a crash between the two steps can leave an unreferenced file behind.
 */
import type { Types } from 'mongoose';
import type { Logger } from 'pino';
import type { Models } from '../../db/models';
import { AppError } from '../../errors/app-error';
import type { Viewer } from '../access';
import type { CaseRecord, CaseEventRecord } from '../cases';
import { caseNotFound } from '../cases';
import type { CaseRuntime } from '../cases';
import { caseRuntimeOf } from '../cases';
import { dataKeysOf, isSealed } from '../privacy';
import { checkIdempotencyKey } from '../cases';
import { recordRead } from '../cases';
import {
  checkContent,
  decodeContent,
  normaliseContentType,
  rejected,
  sanitizeFileName,
} from './attachment-check';
import { fileStoreOf } from './file-store';

export const ATTACHMENT_ADDED = 'attachmentAdded';
export const ATTACHMENT_READ = 'attachmentRead';

/** An attachment as the API shows it (`Attachment`; `contentBase64` is resolved on demand). */
export interface AttachmentView {
  id: string;
  caseId: Types.ObjectId;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  stepKey: string | null;
  uploadedByKey: string | null;
  uploadedAt: Date;
}

export interface AddAttachmentInput {
  fileName: string;
  contentType: string;
  contentBase64: string;
  stepKey?: string | null;
  idempotencyKey?: string | null;
}

function live(c: CaseRecord): void {
  if (c.status === 'CLOSED' || c.status === 'CANCELLED')
    throw new AppError('CASE_CLOSED', {
      zh: '案件已结束，不能再添加附件。',
      en: 'The case is over; no more attachments can be added.',
    });
}

export class AttachmentService {
  private readonly runtime: CaseRuntime;

  constructor(
    private readonly models: Models,
    private readonly logger?: Logger,
  ) {
    this.runtime = caseRuntimeOf(models);
  }

  async add(viewer: Viewer, caseId: Types.ObjectId, input: AddAttachmentInput): Promise<AttachmentView> {
    // Everything that can be refused is refused before a byte is stored.
    const fileName = sanitizeFileName(input.fileName);
    const contentType = normaliseContentType(input.contentType);
    const data = decodeContent(input.contentBase64);
    await checkContent(data, contentType);
    if (input.idempotencyKey != null) checkIdempotencyKey(input.idempotencyKey);
    const stepKey = input.stepKey ?? null;
    const current = await this.runtime.visibleCase(viewer, caseId);
    live(current);
    if (stepKey !== null) {
      const definition = await this.runtime.definition(current.templateKey, current.version);
      if (!definition.steps.some((s) => s.key === stepKey))
        throw rejected('stepKey', {
          zh: `流程中没有步骤 ${stepKey}。`,
          en: `The case's flow has no step ${stepKey}.`,
        });
    }

    const store = fileStoreOf(this.models);
    const stored = await store.put({
      fileName,
      contentType,
      data,
      metadata: { caseId: caseId.toHexString(), kind: 'attachment' },
    });
    const keys = dataKeysOf(this.models);
    let outcome;
    try {
      outcome = await this.runtime.run(
        viewer,
        caseId,
        'addAttachment',
        { fileName, contentType, sha256: stored.sha256, size: stored.size, stepKey },
        (c) => {
          live(c);
          return {
            kind: 'host',
            type: ATTACHMENT_ADDED,
            data: {
              attachmentId: stored.id,
              fileName: keys.seal(fileName),
              contentType,
              size: stored.size,
              sha256: stored.sha256,
              stepKey,
            },
          };
        },
        input.idempotencyKey,
      );
    } catch (err) {
      // A failure after the append (e.g. updating the projection) leaves the event: keep its file.
      if (!(await this.referenced(caseId, stored.id))) await this.discard(stored.id);
      throw err;
    }
    const event = outcome.events.find((e) => e.type === ATTACHMENT_ADDED);
    if (outcome.replayed) await this.discard(stored.id);
    if (!event) throw caseNotFound();
    return this.view(event);
  }

  /** The case's attachments, oldest first, from its log. */
  async list(c: Pick<CaseRecord, '_id'>): Promise<AttachmentView[]> {
    const events = await this.models.CaseEvent.find({ caseId: c._id, type: ATTACHMENT_ADDED, batchEnd: true })
      .sort({ seq: 1 })
      .lean<CaseEventRecord[]>()
      .exec();
    return events.map((e) => this.view(e));
  }

  /** The content, after `attachmentRead` is in the log (retried when another command wins the race). */
  async read(viewer: Viewer, attachment: AttachmentView): Promise<Buffer> {
    await recordRead(this.runtime, viewer, attachment.caseId, 'readAttachment', {
      type: ATTACHMENT_READ,
      data: { attachmentId: attachment.id },
    });
    const found = await fileStoreOf(this.models).get(attachment.id);
    if (!found) throw new Error(`Attachment ${attachment.id} is in the log but not in the file store`);
    return found.data;
  }

  private view(e: Pick<CaseEventRecord, 'caseId' | 'data' | 'actor' | 'at'>): AttachmentView {
    const d = e.data;
    const name = d['fileName'];
    return {
      id: String(d['attachmentId']),
      caseId: e.caseId,
      fileName: isSealed(name) ? String(dataKeysOf(this.models).open(name)) : String(name),
      contentType: String(d['contentType']),
      size: Number(d['size']),
      sha256: String(d['sha256']),
      stepKey: typeof d['stepKey'] === 'string' ? d['stepKey'] : null,
      uploadedByKey: e.actor,
      uploadedAt: e.at,
    };
  }

  private async referenced(caseId: Types.ObjectId, fileId: string): Promise<boolean> {
    try {
      const found = await this.models.CaseEvent.exists({
        caseId,
        type: ATTACHMENT_ADDED,
        'data.attachmentId': fileId,
      }).exec();
      return found !== null;
    } catch {
      return true; // unsure: keeping an unreferenced file is harmless, deleting a referenced one is not
    }
  }

  private async discard(fileId: string): Promise<void> {
    try {
      await fileStoreOf(this.models).remove(fileId);
    } catch (err) {
      this.logger?.warn({ err, fileId }, 'could not delete an unreferenced attachment file');
    }
  }
}
