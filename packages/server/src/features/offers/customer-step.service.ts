/**
 * The customer's own form steps through their link (`submitCustomerStep`, `uploadCustomerFile`): the
 * link's token is the credential, every request is counted against the link's rate limit first
 * (customer-throttle.ts). A submission runs the engine's `submitStep` with the customer as the actor,
 * exactly as staff submissions run (the same validation, `FORM_INVALID` at `["data", …]`), through
 * `CaseRuntime.run` under the request's idempotency key. Files are stored as `addAttachment` stores
 * them (features/files: encrypted, in the case's log with their SHA-256) for the step they belong to;
 * a file field may only name files the customer uploaded for that step, as stored.
 */
import { AppError, badInput } from '../../errors/app-error';
import type { CaseRecord } from '../cases';
import type { CaseChange } from '../cases';
import { AttachmentService, type AttachmentView } from '../files';
import { customerFormSteps, fileFieldsOf, type CustomerFormStepView } from './customer-form-steps';
import { throttleCustomerLink } from './customer-throttle';
import type { CustomerLinkView, CustomerViewService, LinkedCase } from './customer-view.service';

export interface CustomerFile {
  id: string;
  name: string;
  sizeBytes: number;
  mime: string;
}

export interface CustomerFileInput {
  fileName: string;
  contentType: string;
  contentBase64: string;
  idempotencyKey?: string | null;
}

function notWaiting(stepKey: string): AppError {
  return new AppError(
    'STEP_NOT_ACTIVE',
    {
      zh: `「${stepKey}」目前不需要您填写（可能已提交）。`,
      en: `"${stepKey}" is not waiting for you now (it may have been submitted already).`,
    },
    { fieldPath: ['stepKey'] },
  );
}

function live(c: CaseRecord): void {
  if (c.status === 'CLOSED' || c.status === 'CANCELLED')
    throw new AppError('CASE_CLOSED', {
      zh: '案件已结束，不能再操作。',
      en: 'The case is over; nothing more can be done.',
    });
}

function formDataOf(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw badInput(['data'], { zh: '表单数据须为对象。', en: 'The form data must be an object.' });
  return data as Record<string, unknown>;
}

const sameFile = (ref: unknown, stored: AttachmentView): boolean => {
  const r = ref as Partial<CustomerFile> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.name === stored.fileName &&
    r.sizeBytes === stored.size &&
    r.mime === stored.contentType
  );
};

export class CustomerStepService {
  constructor(private readonly offers: CustomerViewService) {}

  /** The customer submits their form step; the answer is the link's view afterwards. */
  async submit(
    token: string,
    stepKey: string,
    data: unknown,
    idempotencyKey: string | null | undefined,
    ip: string,
  ): Promise<CustomerLinkView> {
    await throttleCustomerLink(this.offers.models, token, ip);
    const form = formDataOf(data);
    const l = await this.offers.linked(token);
    // Files are checked before the run (the log only grows: a file seen now stays); a step that is
    // not waiting any more is refused inside the run, unless the key replays the first answer.
    const step = customerFormSteps(l.state, l.definition).find((s) => s.stepKey === stepKey);
    if (step) await this.checkFiles(l, step, form);
    const outcome = await this.offers.runtime.run(
      l.viewer,
      l.case._id,
      'submitCustomerStep',
      { stepKey, data: form },
      (c, state, definition): CaseChange => {
        live(c);
        if (!customerFormSteps(state, definition).some((s) => s.stepKey === stepKey))
          throw notWaiting(stepKey);
        return {
          kind: 'engine',
          command: (actor) => ({ type: 'submitStep', stepKey, actor, data: form }),
          dataPath: ['data'],
        };
      },
      idempotencyKey,
    );
    return this.offers.viewAfter(l, outcome);
  }

  /** The customer uploads a file for a file field of a form step of theirs. */
  async upload(token: string, stepKey: string, input: CustomerFileInput, ip: string): Promise<CustomerFile> {
    await throttleCustomerLink(this.offers.models, token, ip);
    const l = await this.offers.linked(token);
    live(l.case);
    const step = customerFormSteps(l.state, l.definition).find((s) => s.stepKey === stepKey);
    if (!step) throw notWaiting(stepKey);
    if (fileFieldsOf(step.definition).length === 0)
      throw badInput(['stepKey'], {
        zh: '该表单没有上传文件的字段。',
        en: 'This form has no field to upload files to.',
      });
    const added = await new AttachmentService(this.offers.models).add(l.viewer, l.case._id, {
      ...input,
      stepKey,
    });
    return { id: added.id, name: added.fileName, sizeBytes: added.size, mime: added.contentType };
  }

  /** Each file a file field names is one the customer uploaded for this step, as it was stored. */
  private async checkFiles(
    l: LinkedCase,
    step: CustomerFormStepView,
    data: Record<string, unknown>,
  ): Promise<void> {
    const fields = fileFieldsOf(step.definition).filter((name) => Array.isArray(data[name]));
    if (fields.length === 0) return;
    const stored = new Map(
      (await new AttachmentService(this.offers.models).list(l.case))
        .filter((a) => a.stepKey === step.stepKey && (a.uploadedByKey ?? '').startsWith('customer:'))
        .map((a) => [a.id, a]),
    );
    for (const name of fields)
      (data[name] as unknown[]).forEach((ref, i) => {
        const id = (ref as { id?: unknown } | null)?.id;
        const found = typeof id === 'string' ? stored.get(id) : undefined;
        if (!found || !sameFile(ref, found))
          throw new AppError(
            'FORM_INVALID',
            {
              zh: `第 ${i + 1} 个文件不是您为该步骤上传的文件，请重新上传。`,
              en: `File ${i + 1} is not one you uploaded for this step; please upload it again.`,
            },
            { fieldPath: ['data', name, i] },
          );
      });
  }
}
