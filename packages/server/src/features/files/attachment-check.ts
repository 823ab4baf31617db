/**
 * What an attachment must be before anything is stored: strict base64, at most 5 MiB decoded, one of
 * the allowed types, and content whose magic bytes match the declared type (`file-type`; text is
 * valid UTF-8 with no control bytes and no recognisable binary signature). File names are cleaned of
 * path parts and control characters. Every refusal is ATTACHMENT_REJECTED with the field at fault.
 */
import { fileTypeFromBuffer } from 'file-type';
import { AppError, type Messages } from '../../errors/app-error';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 200;

/** Declared type → the type `file-type` must detect (null: text, which has no signature). */
export const ALLOWED_TYPES: Readonly<Record<string, string | null>> = {
  'application/pdf': 'application/pdf',
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/gif': 'image/gif',
  'image/webp': 'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain': null,
  'text/csv': null,
};

const ALIASES: Readonly<Record<string, string>> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg' };

export function rejected(field: string, messages: Messages, details?: Record<string, unknown>): AppError {
  return new AppError('ATTACHMENT_REJECTED', messages, {
    fieldPath: [field],
    ...(details ? { details } : {}),
  });
}

/** The name without directories, control or reserved characters; 1–200 characters. */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (cleaned.length === 0 || cleaned.length > MAX_FILE_NAME_LENGTH)
    throw rejected('fileName', {
      zh: `文件名须为 1–${MAX_FILE_NAME_LENGTH} 个有效字符。`,
      en: `A file name is 1–${MAX_FILE_NAME_LENGTH} valid characters.`,
    });
  return cleaned;
}

/** `image/PNG; charset=x` → `image/png`; refuses types outside the allowed list. */
export function normaliseContentType(raw: string): string {
  const bare = raw.split(';')[0]?.trim().toLowerCase() ?? '';
  const type = ALIASES[bare] ?? bare;
  if (!(type in ALLOWED_TYPES))
    throw rejected(
      'contentType',
      {
        zh: `不支持的文件类型：${raw.slice(0, 100)}（允许 PDF、PNG、JPEG、GIF、WebP、DOCX、XLSX、纯文本、CSV）。`,
        en: `Unsupported file type: ${raw.slice(0, 100)} (allowed: PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, plain text, CSV).`,
      },
      { allowed: Object.keys(ALLOWED_TYPES) },
    );
  return type;
}

/** A single character class (linear, no backtracking: a 7 MB string would overflow a grouped pattern). */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Strict base64 (standard alphabet, padded, no whitespace), size checked before decoding. */
export function decodeContent(base64: string): Buffer {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const size = (base64.length / 4) * 3 - padding;
  if (size > MAX_ATTACHMENT_BYTES)
    throw rejected(
      'contentBase64',
      {
        zh: `文件过大：最大 5 MiB（${MAX_ATTACHMENT_BYTES} 字节）。`,
        en: `The file is too large: at most 5 MiB (${MAX_ATTACHMENT_BYTES} bytes).`,
      },
      { maxBytes: MAX_ATTACHMENT_BYTES },
    );
  if (base64.length === 0 || base64.length % 4 !== 0 || !BASE64.test(base64))
    throw rejected('contentBase64', {
      zh: '文件内容须为非空的标准 Base64 编码（含填充，无空白）。',
      en: 'The content must be non-empty standard base64 (padded, no whitespace).',
    });
  const data = Buffer.from(base64, 'base64');
  // Non-canonical trailing bits decode silently; re-encoding catches them.
  if (data.toString('base64') !== base64)
    throw rejected('contentBase64', { zh: 'Base64 编码不规范。', en: 'The base64 is not canonical.' });
  return data;
}

function mismatch(declared: string, detected: string | null): AppError {
  return rejected(
    'contentBase64',
    {
      zh: `文件内容与声明的类型 ${declared} 不符${detected ? `（实际为 ${detected}）` : ''}。`,
      en: `The content does not match the declared type ${declared}${detected ? ` (it is ${detected})` : ''}.`,
    },
    { declared, detected },
  );
}

/** Checks the bytes against the declared (normalised) type. */
export async function checkContent(data: Buffer, contentType: string): Promise<void> {
  const expected = ALLOWED_TYPES[contentType];
  const detected = (await fileTypeFromBuffer(data))?.mime ?? null;
  if (expected !== null) {
    if (detected !== expected) throw mismatch(contentType, detected);
    return;
  }
  if (detected !== null) throw mismatch(contentType, detected);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw mismatch(contentType, 'binary (not UTF-8)');
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/.test(text)) throw mismatch(contentType, 'binary');
}
