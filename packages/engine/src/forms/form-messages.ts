import type { LocalizedText } from '../shared/localized-text';

/** Stable codes of form findings; the admin and API clients switch on these, never on messages. */
export const FORM_MESSAGES = {
  REQUIRED: { zh: '「{field}」为必填项', en: '{field} is required' },
  UNKNOWN_FIELD: { zh: '表单中没有字段「{name}」', en: 'The form has no field "{name}"' },
  WRONG_TYPE: { zh: '「{field}」的值类型不正确，应为{expected}', en: '{field} must be {expected}' },
  TOO_SHORT: { zh: '「{field}」至少需要 {limit} 个字符', en: '{field} needs at least {limit} characters' },
  TOO_LONG: { zh: '「{field}」最多 {limit} 个字符', en: '{field} allows at most {limit} characters' },
  BELOW_MIN: { zh: '「{field}」不能小于 {limit}', en: '{field} must be at least {limit}' },
  ABOVE_MAX: { zh: '「{field}」不能大于 {limit}', en: '{field} must be at most {limit}' },
  NOT_INTEGER: { zh: '「{field}」必须是整数', en: '{field} must be a whole number' },
  NOT_FEN: {
    zh: '「{field}」必须是以分为单位的整数金额',
    en: '{field} must be a whole number of fen',
  },
  INVALID_DATE: {
    zh: '「{field}」不是有效日期（YYYY-MM-DD）',
    en: '{field} is not a valid date (YYYY-MM-DD)',
  },
  UNKNOWN_OPTION: { zh: '「{field}」没有选项「{value}」', en: '{field} has no option "{value}"' },
  OPTION_NOT_AVAILABLE: {
    zh: '「{field}」的选项「{value}」在当前情况下不可选',
    en: 'Option "{value}" of {field} is not available here',
  },
  DUPLICATE_OPTION: { zh: '「{field}」重复选择了「{value}」', en: '{field} lists "{value}" twice' },
  TOO_FEW_SELECTED: { zh: '「{field}」至少选择 {limit} 项', en: 'Choose at least {limit} for {field}' },
  TOO_MANY_SELECTED: { zh: '「{field}」最多选择 {limit} 项', en: 'Choose at most {limit} for {field}' },
  INVALID_PHONE: {
    zh: '「{field}」不是有效的中国大陆手机号码',
    en: '{field} is not a valid mainland China mobile number',
  },
  INVALID_PRC_ID: {
    zh: '「{field}」不是有效的居民身份证号码（校验位不符或格式错误）',
    en: '{field} is not a valid PRC resident ID number (format or check digit)',
  },
  INVALID_BANK_CARD: {
    zh: '「{field}」不是有效的银行卡号（Luhn 校验失败）',
    en: '{field} is not a valid bank card number (Luhn check failed)',
  },
  INVALID_FILE: {
    zh: '「{field}」的第 {index} 个文件信息不完整',
    en: 'File {index} of {field} is incomplete',
  },
  TOO_MANY_FILES: { zh: '「{field}」最多上传 {limit} 个文件', en: '{field} allows at most {limit} files' },
  FILE_TOO_LARGE: {
    zh: '「{field}」的文件「{name}」超过 {limit} 字节',
    en: 'File "{name}" of {field} is larger than {limit} bytes',
  },
  FILE_TYPE_NOT_ALLOWED: {
    zh: '「{field}」不接受文件类型 {mime}',
    en: '{field} does not accept files of type {mime}',
  },
  RATING_OUT_OF_RANGE: {
    zh: '「{field}」的评分应在 {min} 到 {max} 之间',
    en: '{field} must be rated from {min} to {max}',
  },
  UNKNOWN_MATRIX_ROW: { zh: '「{field}」没有行「{value}」', en: '{field} has no row "{value}"' },
  MATRIX_ROW_UNANSWERED: {
    zh: '「{field}」的「{row}」尚未作答',
    en: 'Row "{row}" of {field} is not answered',
  },
  RATING_METRIC_UNKNOWN: {
    zh: '评分指标「{metric}」未知，可选 nps、csat、ces',
    en: 'Unknown rating metric "{metric}"; use nps, csat or ces',
  },
  RATING_METRIC_SCALE: {
    zh: '{metric} 评分的量表须为 {min}–{max}，当前为 {from}–{to}',
    en: '{metric} ratings use the scale {min}–{max}, not {from}–{to}',
  },
  MATRIX_NEEDS_ROWS_AND_COLUMNS: {
    zh: '矩阵题至少需要一行和一列，且取值不能重复',
    en: 'A matrix needs at least one row and one column, with distinct values',
  },
} as const satisfies Record<string, LocalizedText>;

export type FormMessageCode = keyof typeof FORM_MESSAGES;

/** Names of expected value shapes, used in WRONG_TYPE. */
export const EXPECTED = {
  text: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  money: { zh: '以分为单位的整数金额', en: 'an amount in fen' },
  date: { zh: '日期', en: 'a date' },
  option: { zh: '选项值', en: 'an option value' },
  options: { zh: '选项值列表', en: 'a list of option values' },
  files: { zh: '文件列表', en: 'a list of files' },
  rating: { zh: '评分', en: 'a rating' },
  matrix: { zh: '按行作答的对象', en: 'an object with one answer per row' },
} as const satisfies Record<string, LocalizedText>;
