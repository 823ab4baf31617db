/**
 * The complaint form's own checks, the same the server applies (text length, the customer's name and
 * mobile number by the engine's identifier rules, attachments' count, size and type), and the category
 * tree as the two pickers show it. Pure: no Vue.
 */
import { isCnMobile, isPrcResidentId } from '@parley/engine';
import type { Localized } from '../../../shared/lib/locale';

export const MAX_TEXT = 4000;
export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The types the server accepts (features/files/attachment-check.ts). */
export const ACCEPTED_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
  'text/csv',
] as const;

export interface ComplaintInputs {
  categoryId: string;
  text: string;
  name: string;
  phone: string;
  idNumber: string;
}
export type ComplaintField = keyof ComplaintInputs | 'attachments';

export interface PickedFile {
  name: string;
  type: string;
  size: number;
}

export interface CategoryNode {
  id: string;
  name: Localized;
  children?: CategoryNode[] | null;
}

const MESSAGES = {
  categoryId: { zh: '请选择投诉类别。', en: 'Choose what your complaint is about.' },
  text: {
    zh: `请描述发生了什么（1–${MAX_TEXT} 个字符）。`,
    en: `Tell us what happened (1–${MAX_TEXT} characters).`,
  },
  name: { zh: '请填写姓名（1–50 个字符）。', en: 'Enter your name (1–50 characters).' },
  phone: { zh: '请填写有效的手机号码。', en: 'Enter a valid mobile number.' },
  idNumber: { zh: '身份证号无效。', en: 'The PRC ID number is not valid.' },
  tooMany: { zh: `最多可上传 ${MAX_FILES} 个附件。`, en: `At most ${MAX_FILES} files can be attached.` },
  tooBig: { zh: '单个附件不能超过 5 MB。', en: 'A file can be at most 5 MB.' },
  badType: {
    zh: '仅支持 PDF、图片、Word、Excel 和文本文件。',
    en: 'Only PDF, image, Word, Excel and text files are accepted.',
  },
} satisfies Record<string, Localized>;

/** The customer's details as `CustomerInput` (empty optional ones left out), normalised like the server. */
export function customerOf(inputs: ComplaintInputs): { name: string; phone: string; idNumber?: string } {
  const idNumber = inputs.idNumber.replace(/\s/g, '').toUpperCase();
  return {
    name: inputs.name.replace(/\s+/g, ' ').trim(),
    phone: inputs.phone.replace(/[\s-]/g, ''),
    ...(idNumber ? { idNumber } : {}),
  };
}

/** What is wrong with the form, by field (empty: it can be sent). */
export function complaintProblems(
  inputs: ComplaintInputs,
  files: readonly PickedFile[],
): Map<ComplaintField, Localized> {
  const out = new Map<ComplaintField, Localized>();
  if (!inputs.categoryId) out.set('categoryId', MESSAGES.categoryId);
  const text = inputs.text.trim();
  if (text.length === 0 || [...text].length > MAX_TEXT) out.set('text', MESSAGES.text);
  const c = customerOf(inputs);
  if (c.name.length === 0 || [...c.name].length > 50) out.set('name', MESSAGES.name);
  if (!isCnMobile(c.phone)) out.set('phone', MESSAGES.phone);
  if (c.idNumber !== undefined && !isPrcResidentId(c.idNumber)) out.set('idNumber', MESSAGES.idNumber);
  const fileProblem = filesProblem(files);
  if (fileProblem) out.set('attachments', fileProblem);
  return out;
}

/** The first problem with the chosen files, or null. */
export function filesProblem(files: readonly PickedFile[]): Localized | null {
  if (files.length > MAX_FILES) return MESSAGES.tooMany;
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) return MESSAGES.tooBig;
    if (!(ACCEPTED_TYPES as readonly string[]).includes(f.type)) return MESSAGES.badType;
  }
  return null;
}

/**
 * The server's field path of a refusal (`input.customer.phone`, `input.attachments.1.contentBase64`)
 * → the form field showing it.
 */
export function fieldOfPath(path: readonly (string | number)[]): ComplaintField | null {
  const [root, first, second] = path;
  if (root !== 'input') return null;
  if (first === 'categoryId' || first === 'text') return first;
  if (first === 'attachments') return 'attachments';
  if (first === 'customer' && (second === 'name' || second === 'phone' || second === 'idNumber'))
    return second;
  return null;
}

/** The children of the chosen top-level category (empty when it has none). */
export function childrenOf(tree: readonly CategoryNode[], topId: string): CategoryNode[] {
  return tree.find((c) => c.id === topId)?.children ?? [];
}

/** The category a complaint is filed under: the sub-category when one is chosen, else the top one. */
export function chosenCategory(tree: readonly CategoryNode[], topId: string, subId: string): string {
  if (!topId) return '';
  const children = childrenOf(tree, topId);
  if (children.length === 0) return topId;
  return children.some((c) => c.id === subId) ? subId : '';
}

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The last day of a deadline, `YYYY-MM-DD` in Asia/Shanghai: the day of its last instant (a deadline
 * at the end of the 21st, i.e. 00:00 on the 22nd, is the 21st).
 */
export function deadlineDay(deadline: string): string {
  return DAY.format(new Date(new Date(deadline).getTime() - 1));
}

/**
 * Calendar days (Asia/Shanghai) from `now`'s day to the deadline's last day: 0 on the last day; null
 * once the deadline has passed.
 */
export function daysLeft(deadline: string, now: Date): number | null {
  if (new Date(deadline).getTime() <= now.getTime()) return null;
  return Math.round((Date.parse(deadlineDay(deadline)) - Date.parse(DAY.format(now))) / 86_400_000);
}

/** A file's bytes as base64 (what `PublicAttachmentInput.contentBase64` carries). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
