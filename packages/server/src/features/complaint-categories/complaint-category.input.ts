/**
 * Input rules for complaint categories, with bilingual messages. Everything is checked before anything
 * is written.
 */
import { z } from 'zod';
import { AppError, type Messages } from '../../errors/app-error';

const text = (max: number, what: Messages) =>
  z
    .string()
    .trim()
    .min(1, { message: JSON.stringify({ zh: `${what.zh}不能为空。`, en: `${what.en} must not be empty.` }) })
    .max(max, {
      message: JSON.stringify({
        zh: `${what.zh}不能超过 ${max} 个字符。`,
        en: `${what.en} must be at most ${max} characters.`,
      }),
    });

export const localizedTextInput = z.object({
  zh: text(100, { zh: '中文名称', en: 'The Chinese name' }),
  en: text(100, { zh: '英文名称', en: 'The English name' }),
});

const CODE_RULE: Messages = {
  zh: '编码须为 2–40 个大写字母、数字、"-" 或 "_"，并以字母开头。',
  en: 'The code must be 2–40 characters of A–Z, 0–9, "-" or "_", starting with a letter.',
};

const optionalCode = z.string().trim().max(40).nullish();

export const createComplaintCategoryInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_-]{1,39}$/, { message: JSON.stringify(CODE_RULE) }),
  name: localizedTextInput,
  parentId: z.string().nullish(),
  order: z
    .number()
    .int()
    .min(0, { message: JSON.stringify({ zh: '排序号不能为负数。', en: 'The order must not be negative.' }) })
    .nullish(),
  severity: z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']).nullish(),
  slaPolicyKey: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,59}$/, {
      message: JSON.stringify({ zh: '时限策略键格式不正确。', en: 'The SLA policy key is not well-formed.' }),
    })
    .nullish(),
  routing: z.object({ departmentCode: optionalCode, queueCode: optionalCode }).nullish(),
  regulatoryCodes: z
    .object({
      jrtBusinessType: z.string().trim().max(60).nullish(),
      jrtCause: z.string().trim().max(60).nullish(),
      cfpbProduct: z.string().trim().max(120).nullish(),
      cfpbIssue: z.string().trim().max(200).nullish(),
    })
    .nullish(),
});

export type CreateComplaintCategoryData = z.infer<typeof createComplaintCategoryInput>;

/**
 * Parses `value` with `schema`; on failure throws BAD_USER_INPUT naming the first offending field,
 * with every problem listed in `extensions.problems`.
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, basePath: readonly string[]): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    fieldPath: [...basePath, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))],
    messages: toMessages(issue.message),
  }));
  const first = problems[0]!;
  throw new AppError('BAD_USER_INPUT', first.messages, { fieldPath: first.fieldPath, details: { problems } });
}

function toMessages(message: string): Messages {
  try {
    const parsed: unknown = JSON.parse(message);
    if (parsed && typeof parsed === 'object' && 'zh' in parsed && 'en' in parsed) return parsed as Messages;
  } catch {
    // zod's own message (e.g. a wrong type): fall through
  }
  return { zh: `输入不正确：${message}`, en: message };
}
