import type { LocalizedText } from '../shared/localized-text';
import type { JsonObject } from '../shared/json.types';
import type { Rule } from '../rules/rule.types';

/**
 * Forms and surveys share one format, shaped after SurveyJS JSON (see README "Form format"):
 * a form is a list of `elements`, each with `type`, `name`, `title`, `isRequired` and, for choice
 * questions, `choices`. Where SurveyJS uses its own expression strings (`visibleIf`), Parley uses
 * JSON Logic (`visibleWhen`, `requiredWhen`, per-choice `visibleWhen`), so there is one rule language.
 */
export interface FormDefinition {
  readonly key: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly elements: readonly FieldDefinition[];
}

export interface Choice {
  readonly value: string;
  readonly text: LocalizedText;
  /** The option is offered only while this rule holds ("options driven by rules"). */
  readonly visibleWhen?: Rule;
}

interface FieldCommon {
  readonly name: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly isRequired?: boolean;
  /** Required only while this rule holds; overrides `isRequired` when present. */
  readonly requiredWhen?: Rule;
  /** Hidden fields are neither validated nor kept in the case data. */
  readonly visibleWhen?: Rule;
  /** Personal data: masked on screen and in logs (personal financial information, JR/T 0171-2020). */
  readonly sensitive?: boolean;
}

export interface TextField extends FieldCommon {
  readonly type: 'text';
  readonly minLength?: number;
  readonly maxLength?: number;
}
export interface TextareaField extends FieldCommon {
  readonly type: 'textarea';
  readonly maxLength?: number;
}
export interface NumberField extends FieldCommon {
  readonly type: 'number';
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}
/** Exact money: the value is an integer number of fen, CNY. */
export interface MoneyField extends FieldCommon {
  readonly type: 'money';
  readonly minFen?: number;
  readonly maxFen?: number;
}
/** The value is an ISO calendar date, `YYYY-MM-DD`. */
export interface DateField extends FieldCommon {
  readonly type: 'date';
  readonly min?: string;
  readonly max?: string;
}
export interface SelectField extends FieldCommon {
  readonly type: 'select';
  readonly choices: readonly Choice[];
}
export interface MultiSelectField extends FieldCommon {
  readonly type: 'multi-select';
  readonly choices: readonly Choice[];
  readonly minSelected?: number;
  readonly maxSelected?: number;
}
/** Mainland China mobile number, 11 digits starting 1[3-9]. */
export interface PhoneField extends FieldCommon {
  readonly type: 'phone';
}
/** PRC resident identity card number, 18 characters with the GB 11643-1999 check digit. */
export interface PrcIdField extends FieldCommon {
  readonly type: 'prc-id';
}
/** Bank card number, 12-19 digits with a valid Luhn check digit. */
export interface BankCardField extends FieldCommon {
  readonly type: 'bank-card';
}
/** The value is a list of references to files the server stored; the engine never sees bytes. */
export interface FileField extends FieldCommon {
  readonly type: 'file';
  readonly maxFiles?: number;
  readonly maxSizeBytes?: number;
  /** Allowed MIME types, e.g. `application/pdf`, `image/*`. */
  readonly accept?: readonly string[];
}
/** The customer-experience metrics a rating can measure; each implies its scale (`RATING_METRIC_SCALES`). */
export type RatingMetric = 'nps' | 'csat' | 'ces';

export interface RatingField extends FieldCommon {
  readonly type: 'rating';
  readonly rateMin?: number;
  readonly rateMax?: number;
  /**
   * What the rating measures: NPS (0–10, likelihood to recommend), CSAT (1–5, satisfaction) or CES
   * (1–7, effort). With a metric, `rateMin`/`rateMax` must be that scale (or left out: the scale is
   * implied), so reports can count promoters or averages without guessing.
   */
  readonly metric?: RatingMetric;
}

/**
 * A matrix question (SurveyJS `matrix`): one answer per row, chosen from the columns — e.g. rating
 * several aspects of a service on the same scale. The value maps row values to column values.
 */
export interface MatrixField extends FieldCommon {
  readonly type: 'matrix';
  readonly rows: readonly Choice[];
  readonly columns: readonly Choice[];
}
/** A field type contributed by a plug-in (`defineFieldType`); its options are checked by the plug-in. */
export interface PluginField extends FieldCommon {
  readonly type: `x-${string}`;
  readonly options?: JsonObject;
}

export type BuiltInFieldDefinition =
  | TextField
  | TextareaField
  | NumberField
  | MoneyField
  | DateField
  | SelectField
  | MultiSelectField
  | PhoneField
  | PrcIdField
  | BankCardField
  | FileField
  | RatingField
  | MatrixField;

export type FieldDefinition = BuiltInFieldDefinition | PluginField;
export type FieldTypeName = FieldDefinition['type'];

/** A stored file as the form sees it. */
export interface FileRef {
  readonly id: string;
  readonly name: string;
  readonly sizeBytes: number;
  readonly mime: string;
}

/** Submitted values, keyed by field name. Values are JSON; each field type says which shapes it accepts. */
export type FormData = Readonly<Record<string, unknown>>;
