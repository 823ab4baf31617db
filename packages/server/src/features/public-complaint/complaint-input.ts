/**
 * Checks of a public complaint that need no case: the text by the engine's form rules (the same
 * validation the complaint flow's own form applies), the customer's details as `openCase` checks them,
 * and every attachment as `addAttachment` checks it (type, size, magic bytes). Every refusal names the
 * field under `input`, in zh-CN and English.
 */
import { validateFormData, type FormDefinition } from '@parley/engine';
import { AppError, badInput } from '../../errors/app-error';
import type { PublicComplaintInput } from '../../generated/resolvers-types';
import { checkCustomer } from '../cases';
import { checkContent, decodeContent, normaliseContentType, sanitizeFileName } from '../files';

export const MAX_COMPLAINT_ATTACHMENTS = 5;
export const MAX_COMPLAINT_TEXT = 4000;

/** The public form's own questions, as an engine form (validated exactly like a flow's form). */
export const PUBLIC_COMPLAINT_FORM: FormDefinition = {
  key: 'public-complaint',
  title: { zh: '投诉', en: 'Complaint' },
  elements: [
    {
      type: 'textarea',
      name: 'text',
      title: { zh: '投诉内容', en: 'Your complaint' },
      isRequired: true,
      maxLength: MAX_COMPLAINT_TEXT,
    },
  ],
} as FormDefinition;

export interface CheckedAttachment {
  fileName: string;
  contentType: string;
  data: Buffer;
  contentBase64: string;
}

export interface CheckedComplaint {
  categoryId: string;
  text: string;
  customer: ReturnType<typeof checkCustomer>;
  attachments: CheckedAttachment[];
}

/** Re-raises an attachment refusal under `input.attachments.<i>`. */
function under(i: number, err: unknown): never {
  if (err instanceof AppError)
    throw new AppError(err.code, err.messages, {
      fieldPath: ['input', 'attachments', i, ...(err.fieldPath ?? [])],
      ...(err.details ? { details: err.details } : {}),
    });
  throw err;
}

export async function checkComplaint(input: PublicComplaintInput): Promise<CheckedComplaint> {
  const text = input.text.trim();
  const checked = validateFormData(PUBLIC_COMPLAINT_FORM, { text });
  const problem = checked.problems.find((p) => p.severity === 'error');
  if (problem)
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: problem.message.zh, en: problem.message.en },
      { fieldPath: ['input', 'text'], details: { problem: problem.code } },
    );
  const customer = checkCustomer(input.customer, ['input', 'customer']);
  if (!customer.phone)
    throw badInput(['input', 'customer', 'phone'], {
      zh: '请填写手机号码，以便我们与您联系。',
      en: 'Give your mobile number so that we can contact you.',
    });
  const given = input.attachments ?? [];
  if (given.length > MAX_COMPLAINT_ATTACHMENTS)
    throw badInput(['input', 'attachments'], {
      zh: `最多可上传 ${MAX_COMPLAINT_ATTACHMENTS} 个附件。`,
      en: `At most ${MAX_COMPLAINT_ATTACHMENTS} files can be attached.`,
    });
  const attachments: CheckedAttachment[] = [];
  for (const [i, a] of given.entries()) {
    try {
      const fileName = sanitizeFileName(a.fileName);
      const contentType = normaliseContentType(a.contentType);
      const data = decodeContent(a.contentBase64);
      await checkContent(data, contentType);
      attachments.push({ fileName, contentType, data, contentBase64: a.contentBase64 });
    } catch (err) {
      under(i, err);
    }
  }
  return { categoryId: input.categoryId, text, customer, attachments };
}
