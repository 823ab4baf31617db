/**
 * Input rules for complaint categories, with bilingual messages. Everything static is checked here,
 * before anything is read or written; what needs the database (parents, departments, queues) is
 * checked by the services, still before the first write.
 */
import { z } from 'zod';
import { AppError, type Messages } from '../../errors/app-error';
import { SEVERITIES } from './complaint-category.model';
import { JRT_BUSINESS_TYPE_TERMS, JRT_CAUSE_TERMS } from './regulatory-vocabulary';

/** zod carries one string per issue; ours are JSON-encoded {zh, en} pairs, decoded by parseInput. */
const msg = (m: Messages) => ({ message: JSON.stringify(m) });

const text = (max: number, what: Messages) =>
  z
    .string()
    .trim()
    .min(1, msg({ zh: `${what.zh}不能为空。`, en: `${what.en} must not be empty.` }))
    .max(
      max,
      msg({ zh: `${what.zh}不能超过 ${max} 个字符。`, en: `${what.en} must be at most ${max} characters.` }),
    );

export const localizedTextInput = z.object({
  zh: text(100, { zh: '中文名称', en: 'The Chinese name' }),
  en: text(100, { zh: '英文名称', en: 'The English name' }),
});

const CODE_RULE: Messages = {
  zh: '编码须为 2–40 个大写字母、数字、"-" 或 "_"，并以字母开头。',
  en: 'The code must be 2–40 characters of A–Z, 0–9, "-" or "_", starting with a letter.',
};

/** Trims; an empty string means "none" (forms send "" for a cleared field). */
const optionalText = <T extends z.ZodType<string, string>>(inner: T) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(inner.nullable());

const DEPARTMENT_CODE_RULE = msg({
  zh: '部门和队列编码须为 2–40 个大写字母、数字或 "_"。',
  en: 'Department and queue codes must be 2–40 characters of A–Z, 0–9 or "_".',
});
const orgCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, DEPARTMENT_CODE_RULE);

export const routingInput = z
  .object({ departmentCode: optionalText(orgCode), queueCode: optionalText(orgCode) })
  .superRefine((r, ctx) => {
    if (r.queueCode && !r.departmentCode) {
      ctx.addIssue({
        code: 'custom',
        path: ['departmentCode'],
        ...msg({ zh: '指定队列时须同时指定部门。', en: 'A queue needs its department.' }),
      });
    }
  })
  .transform((r) => (r.departmentCode || r.queueCode ? r : null));

const oneOf = (terms: ReadonlySet<string>, what: Messages) =>
  z.string().refine(
    (v) => terms.has(v),
    msg({
      zh: `${what.zh}须为 JR/T 0169-2018 的分类之一：${[...terms].join('、')}。`,
      en: `${what.en} must be one of the JR/T 0169-2018 terms: ${[...terms].join(', ')}.`,
    }),
  );

export const regulatoryCodesInput = z
  .object({
    jrtBusinessType: optionalText(
      oneOf(JRT_BUSINESS_TYPE_TERMS, { zh: '业务类别', en: 'The business type' }),
    ),
    jrtCause: optionalText(oneOf(JRT_CAUSE_TERMS, { zh: '投诉原因', en: 'The cause' })),
    cfpbProduct: optionalText(text(120, { zh: 'CFPB 产品', en: 'The CFPB product' })),
    cfpbIssue: optionalText(text(200, { zh: 'CFPB 问题', en: 'The CFPB issue' })),
  })
  .transform((c) => (Object.values(c).some((v) => v !== null) ? c : null));

const severity = z.enum(SEVERITIES, msg({ zh: '严重程度不正确。', en: 'Unknown severity.' }));

const slaPolicyKey = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9-]{1,59}$/,
    msg({ zh: '时限策略键格式不正确。', en: 'The SLA policy key is not well-formed.' }),
  );

/** Case-field names, optionally dotted (`customer.phone`): the shape flow forms use for field keys. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,59}(\.[A-Za-z][A-Za-z0-9_]{0,59}){0,4}$/;

export const requiredFieldsInput = z
  .array(
    z
      .string()
      .trim()
      .regex(
        FIELD_NAME,
        msg({
          zh: '字段名须以字母开头，只含字母、数字、"_"，可用 "." 分隔层级。',
          en: 'A field name starts with a letter and has letters, digits and "_", with "." between levels.',
        }),
      ),
  )
  .max(50, msg({ zh: '必填字段最多 50 个。', en: 'At most 50 required fields.' }))
  .superRefine((names, ctx) => {
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          ...msg({ zh: `字段“${name}”重复。`, en: `The field "${name}" is listed twice.` }),
        });
      }
    });
  });

export const createComplaintCategoryInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_-]{1,39}$/, msg(CODE_RULE)),
  name: localizedTextInput,
  parentId: z.string().nullish(),
  order: z
    .number()
    .int()
    .min(0, msg({ zh: '排序号不能为负数。', en: 'The order must not be negative.' }))
    .nullish(),
  severity: severity.nullish(),
  slaPolicyKey: slaPolicyKey.nullish(),
  routing: routingInput.nullish(),
  regulatoryCodes: regulatoryCodesInput.nullish(),
  requiredFields: requiredFieldsInput.nullish(),
});

export type CreateComplaintCategoryData = z.infer<typeof createComplaintCategoryInput>;

/** Omitted means "unchanged"; null is refused with our own message rather than zod's type error. */
const keepIfOmitted = <T>(schema: z.ZodType<T>, what: Messages) =>
  schema
    .nullish()
    .refine((v) => v !== null, msg({ zh: `${what.zh}不能设为空。`, en: `${what.en} cannot be set to null.` }))
    .transform((v) => v ?? undefined);

/**
 * Omitted fields stay as they are. `name` replaces both languages at once. `routing` and `regulatoryCodes` are replaced as a whole (null or an
 * object with every member empty clears them); the others are required on a category, so null is refused.
 */
export const updateComplaintCategoryInput = z.object({
  name: keepIfOmitted(localizedTextInput, { zh: '名称', en: 'The name' }),
  severity: keepIfOmitted(severity, { zh: '严重程度', en: 'The severity' }),
  slaPolicyKey: keepIfOmitted(slaPolicyKey, { zh: '时限策略键', en: 'The SLA policy key' }),
  routing: routingInput.nullish(),
  regulatoryCodes: regulatoryCodesInput.nullish(),
  requiredFields: keepIfOmitted(requiredFieldsInput, { zh: '必填字段', en: 'The required fields' }),
});

export type UpdateComplaintCategoryData = z.infer<typeof updateComplaintCategoryInput>;
export type RoutingData = NonNullable<z.infer<typeof routingInput>>;
export type RegulatoryCodesData = NonNullable<z.infer<typeof regulatoryCodesInput>>;

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
