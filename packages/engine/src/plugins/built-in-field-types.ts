import { fill } from '../shared/localized-text';
import type { FillValue, LocalizedText } from '../shared/localized-text';
import type {
  BankCardField,
  Choice,
  DateField,
  FieldDefinition,
  FileField,
  MoneyField,
  MultiSelectField,
  NumberField,
  PhoneField,
  PrcIdField,
  RatingField,
  RatingMetric,
  MatrixField,
  SelectField,
  TextareaField,
  TextField,
} from '../forms/form.types';
import { RATING_METRIC_SCALES, ratingScale } from '../forms/rating-metric';
import { EXPECTED, FORM_MESSAGES } from '../forms/form-messages';
import type { FormMessageCode } from '../forms/form-messages';
import { isCnMobile, isLuhnValid, isPrcResidentId } from '../forms/cn-identifiers';
import { isIsoDate } from '../time/index';
import { defineFieldType } from './define';
import type { FieldTypePlugin, PluginIssue } from './plugin.types';

function issue(
  code: FormMessageCode,
  field: FieldDefinition,
  values: Record<string, FillValue> = {},
  path = '',
): PluginIssue {
  return { code, path, message: fill(FORM_MESSAGES[code], { field: field.title, ...values }) };
}

function wrongType(field: FieldDefinition, expected: LocalizedText): PluginIssue[] {
  return [issue('WRONG_TYPE', field, { expected })];
}

function lengthIssues(value: string, field: TextField | TextareaField): PluginIssue[] {
  const out: PluginIssue[] = [];
  const length = [...value].length; // count code points so a CJK character is one character
  if ('minLength' in field && field.minLength !== undefined && length < field.minLength)
    out.push(issue('TOO_SHORT', field, { limit: field.minLength }));
  if (field.maxLength !== undefined && length > field.maxLength)
    out.push(issue('TOO_LONG', field, { limit: field.maxLength }));
  return out;
}

function rangeIssues(
  value: number,
  field: FieldDefinition,
  min: number | undefined,
  max: number | undefined,
) {
  const out: PluginIssue[] = [];
  if (min !== undefined && value < min) out.push(issue('BELOW_MIN', field, { limit: min }));
  if (max !== undefined && value > max) out.push(issue('ABOVE_MAX', field, { limit: max }));
  return out;
}

function choiceIssues(field: { readonly choices: readonly Choice[] } & FieldDefinition): PluginIssue[] {
  const out: PluginIssue[] = [];
  if (field.choices.length === 0)
    out.push({
      code: 'NO_CHOICES',
      path: 'choices',
      message: { zh: '选项不能为空', en: 'Choices must not be empty' },
    });
  const seen = new Set<string>();
  field.choices.forEach((c, i) => {
    if (seen.has(c.value))
      out.push({
        code: 'DUPLICATE_KEY',
        path: `choices[${i}].value`,
        message: fill(
          { zh: '选项值「{value}」重复', en: 'Duplicate choice value "{value}"' },
          { value: c.value },
        ),
      });
    seen.add(c.value);
  });
  return out;
}

const minAboveMax: PluginIssue = {
  code: 'MIN_ABOVE_MAX',
  path: '',
  message: { zh: '最小值大于最大值', en: 'The minimum is greater than the maximum' },
};

function stringField<F extends FieldDefinition>(
  type: F['type'],
  label: LocalizedText,
  check: (value: string, field: F) => PluginIssue[],
): FieldTypePlugin<F> {
  return defineFieldType<F>({
    type,
    label,
    valueType: () => 'string',
    validateValue: (value, field) =>
      typeof value === 'string' ? check(value, field) : wrongType(field, EXPECTED.text),
  });
}

export const textFieldType = stringField<TextField>('text', { zh: '单行文本', en: 'Text' }, lengthIssues);
export const textareaFieldType = stringField<TextareaField>(
  'textarea',
  { zh: '多行文本', en: 'Text area' },
  lengthIssues,
);
export const phoneFieldType = stringField<PhoneField>(
  'phone',
  { zh: '手机号码', en: 'Mobile phone' },
  (v, f) => (isCnMobile(v) ? [] : [issue('INVALID_PHONE', f)]),
);
export const prcIdFieldType = stringField<PrcIdField>(
  'prc-id',
  { zh: '居民身份证号', en: 'PRC resident ID' },
  (v, f) => (isPrcResidentId(v) ? [] : [issue('INVALID_PRC_ID', f)]),
);
export const bankCardFieldType = stringField<BankCardField>(
  'bank-card',
  { zh: '银行卡号', en: 'Bank card' },
  (v, f) => (isLuhnValid(v) ? [] : [issue('INVALID_BANK_CARD', f)]),
);

export const numberFieldType = defineFieldType<NumberField>({
  type: 'number',
  label: { zh: '数字', en: 'Number' },
  valueType: () => 'number',
  checkField: (f) => (f.min !== undefined && f.max !== undefined && f.min > f.max ? [minAboveMax] : []),
  validateValue(value, field) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(field, EXPECTED.number);
    if (field.integer && !Number.isInteger(value)) return [issue('NOT_INTEGER', field)];
    return rangeIssues(value, field, field.min, field.max);
  },
});

export const moneyFieldType = defineFieldType<MoneyField>({
  type: 'money',
  label: { zh: '金额（人民币）', en: 'Money (CNY)' },
  valueType: () => 'money',
  checkField: (f) =>
    f.minFen !== undefined && f.maxFen !== undefined && f.minFen > f.maxFen ? [minAboveMax] : [],
  validateValue(value, field) {
    if (typeof value !== 'number') return wrongType(field, EXPECTED.money);
    // Money is exact: integer fen only, never a binary fraction of a yuan.
    if (!Number.isSafeInteger(value)) return [issue('NOT_FEN', field)];
    return rangeIssues(value, field, field.minFen, field.maxFen);
  },
});

export const dateFieldType = defineFieldType<DateField>({
  type: 'date',
  label: { zh: '日期', en: 'Date' },
  valueType: () => 'date',
  validateValue(value, field) {
    if (typeof value !== 'string' || !isIsoDate(value)) return [issue('INVALID_DATE', field)];
    // ISO dates compare correctly as strings.
    const out: PluginIssue[] = [];
    if (field.min !== undefined && value < field.min)
      out.push(issue('BELOW_MIN', field, { limit: field.min }));
    if (field.max !== undefined && value > field.max)
      out.push(issue('ABOVE_MAX', field, { limit: field.max }));
    return out;
  },
});

export const selectFieldType = defineFieldType<SelectField>({
  type: 'select',
  label: { zh: '单选', en: 'Select' },
  valueType: () => 'string',
  checkField: choiceIssues,
  validateValue(value, field) {
    if (typeof value !== 'string') return wrongType(field, EXPECTED.option);
    return field.choices.some((c) => c.value === value) ? [] : [issue('UNKNOWN_OPTION', field, { value })];
  },
});

export const multiSelectFieldType = defineFieldType<MultiSelectField>({
  type: 'multi-select',
  label: { zh: '多选', en: 'Multi-select' },
  valueType: () => 'string-list',
  checkField: choiceIssues,
  validateValue(value, field) {
    if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string'))
      return wrongType(field, EXPECTED.options);
    const out: PluginIssue[] = [];
    const seen = new Set<string>();
    value.forEach((v, i) => {
      if (!field.choices.some((c) => c.value === v))
        out.push(issue('UNKNOWN_OPTION', field, { value: v }, `[${i}]`));
      else if (seen.has(v)) out.push(issue('DUPLICATE_OPTION', field, { value: v }, `[${i}]`));
      seen.add(v);
    });
    if (field.minSelected !== undefined && value.length < field.minSelected)
      out.push(issue('TOO_FEW_SELECTED', field, { limit: field.minSelected }));
    if (field.maxSelected !== undefined && value.length > field.maxSelected)
      out.push(issue('TOO_MANY_SELECTED', field, { limit: field.maxSelected }));
    return out;
  },
});

function mimeAllowed(mime: string, accept: readonly string[]): boolean {
  return accept.some((a) => (a.endsWith('/*') ? mime.startsWith(a.slice(0, -1)) : a === mime));
}

export const fileFieldType = defineFieldType<FileField>({
  type: 'file',
  label: { zh: '文件', en: 'File' },
  valueType: () => 'file-list',
  validateValue(value, field) {
    if (!Array.isArray(value)) return wrongType(field, EXPECTED.files);
    const out: PluginIssue[] = [];
    if (field.maxFiles !== undefined && value.length > field.maxFiles)
      out.push(issue('TOO_MANY_FILES', field, { limit: field.maxFiles }));
    value.forEach((f: unknown, i) => {
      const ref = f as { id?: unknown; name?: unknown; sizeBytes?: unknown; mime?: unknown } | null;
      if (
        typeof ref !== 'object' ||
        ref === null ||
        typeof ref.id !== 'string' ||
        typeof ref.name !== 'string' ||
        typeof ref.sizeBytes !== 'number' ||
        typeof ref.mime !== 'string'
      ) {
        out.push(issue('INVALID_FILE', field, { index: i + 1 }, `[${i}]`));
        return;
      }
      if (field.maxSizeBytes !== undefined && ref.sizeBytes > field.maxSizeBytes)
        out.push(issue('FILE_TOO_LARGE', field, { name: ref.name, limit: field.maxSizeBytes }, `[${i}]`));
      if (field.accept && !mimeAllowed(ref.mime, field.accept))
        out.push(issue('FILE_TYPE_NOT_ALLOWED', field, { mime: ref.mime }, `[${i}]`));
    });
    return out;
  },
});

/** Bounds in order and, with a metric, exactly the metric's scale (NPS 0–10, CSAT 1–5, CES 1–7). */
function ratingIssues(field: RatingField): PluginIssue[] {
  const metric: unknown = field.metric;
  if (metric !== undefined) {
    if (typeof metric !== 'string' || !Object.hasOwn(RATING_METRIC_SCALES, metric))
      return [
        {
          code: 'RATING_METRIC_UNKNOWN',
          path: 'metric',
          message: fill(FORM_MESSAGES.RATING_METRIC_UNKNOWN, { metric: String(metric) }),
        },
      ];
    const want = RATING_METRIC_SCALES[metric as RatingMetric];
    const { min, max } = ratingScale(field);
    if (min !== want.min || max !== want.max)
      return [
        {
          code: 'RATING_METRIC_SCALE',
          path: min !== want.min ? 'rateMin' : 'rateMax',
          message: fill(FORM_MESSAGES.RATING_METRIC_SCALE, {
            metric: metric.toUpperCase(),
            min: want.min,
            max: want.max,
            from: min,
            to: max,
          }),
        },
      ];
  }
  const { min, max } = ratingScale(field);
  return min >= max ? [minAboveMax] : [];
}

export const ratingFieldType = defineFieldType<RatingField>({
  type: 'rating',
  label: { zh: '评分', en: 'Rating' },
  valueType: () => 'number',
  checkField: ratingIssues,
  validateValue(value, field) {
    const { min, max } = ratingScale(field);
    if (typeof value !== 'number') return wrongType(field, EXPECTED.rating);
    return Number.isInteger(value) && value >= min && value <= max
      ? []
      : [issue('RATING_OUT_OF_RANGE', field, { min, max })];
  },
});

function distinctValues(list: readonly Choice[]): boolean {
  return new Set(list.map((c) => c.value)).size === list.length;
}

export const matrixFieldType = defineFieldType<MatrixField>({
  type: 'matrix',
  label: { zh: '矩阵题', en: 'Matrix' },
  valueType: () => 'any',
  checkField: (f) =>
    !Array.isArray(f.rows) ||
    !Array.isArray(f.columns) ||
    f.rows.length === 0 ||
    f.columns.length === 0 ||
    !distinctValues(f.rows) ||
    !distinctValues(f.columns)
      ? [
          {
            code: 'MATRIX_NEEDS_ROWS_AND_COLUMNS',
            path: '',
            message: FORM_MESSAGES.MATRIX_NEEDS_ROWS_AND_COLUMNS,
          },
        ]
      : [],
  validateValue(value, field) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return wrongType(field, EXPECTED.matrix);
    const answers = value as Record<string, unknown>;
    const out: PluginIssue[] = [];
    for (const [row, answer] of Object.entries(answers)) {
      if (!field.rows.some((r) => r.value === row))
        out.push(issue('UNKNOWN_MATRIX_ROW', field, { value: row }, `.${row}`));
      else if (typeof answer !== 'string' || !field.columns.some((c) => c.value === answer))
        out.push(issue('UNKNOWN_OPTION', field, { value: String(answer) }, `.${row}`));
    }
    if (field.isRequired) {
      for (const row of field.rows) {
        if (!(row.value in answers))
          out.push(issue('MATRIX_ROW_UNANSWERED', field, { row: row.text }, `.${row.value}`));
      }
    }
    return out;
  },
});

export const builtInFieldTypes = [
  textFieldType,
  textareaFieldType,
  numberFieldType,
  moneyFieldType,
  dateFieldType,
  selectFieldType,
  multiSelectFieldType,
  phoneFieldType,
  prcIdFieldType,
  bankCardFieldType,
  fileFieldType,
  ratingFieldType,
  matrixFieldType,
] as const;
