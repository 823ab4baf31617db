/**
 * How a flow names the survey it sends (a survey step's `survey`, the flow's `survey`, the values of
 * `surveyByOutcome`): either the key of one of the flow's own `forms` (a string, as always), or a
 * published survey of the survey library by its key, with a pin policy:
 * - `pin: 'publish'`: the survey's version at the flow's publication. The host records it in `version`
 *   when it publishes the flow; a published flow version therefore always names a version.
 * - `pin: 'latest'`: the survey's newest published version when the survey is sent.
 *
 * The engine knows no survey library: it checks the shape and passes the reference on in the
 * `send-survey` effect; the host resolves it to a survey version.
 */
import type { LocalizedText } from '../shared/localized-text';

export const SURVEY_PINS = ['publish', 'latest'] as const;
export type SurveyPin = (typeof SURVEY_PINS)[number];

/** A published survey of the survey library, by key. */
export interface LibrarySurveyRef {
  readonly surveyKey: string;
  readonly pin: SurveyPin;
  /** With `pin: 'publish'`: the survey version pinned at the flow's publication (set by the host). */
  readonly version?: number;
}

/** A form key of the flow's own `forms`, or a published survey by key. */
export type SurveyRef = string | LibrarySurveyRef;

/** Survey keys follow the host's definition-key rule: a lower-case letter, then 2–59 of a–z, 0–9, `-`. */
const SURVEY_KEY = /^[a-z][a-z0-9-]{2,59}$/;

export function isLibrarySurveyRef(ref: SurveyRef | undefined): ref is LibrarySurveyRef {
  return typeof ref === 'object' && ref !== null;
}

/** The own form a reference names, if it names one (library surveys are not forms of the flow). */
export function ownSurveyForm(ref: SurveyRef | undefined): string | undefined {
  return typeof ref === 'string' ? ref : undefined;
}

/** Every library survey the definition refers to, with where (`steps[2].survey`, `survey`, …). */
export function librarySurveyRefs(definition: {
  readonly steps: readonly { readonly kind: string }[];
  readonly survey?: SurveyRef;
  readonly surveyByOutcome?: Readonly<Record<string, SurveyRef | undefined>>;
}): { path: string; ref: LibrarySurveyRef }[] {
  const out: { path: string; ref: LibrarySurveyRef }[] = [];
  definition.steps.forEach((step, i) => {
    const ref = step.kind === 'survey' ? (step as { readonly survey?: SurveyRef }).survey : undefined;
    if (isLibrarySurveyRef(ref)) out.push({ path: `steps[${i}].survey`, ref });
  });
  if (isLibrarySurveyRef(definition.survey)) out.push({ path: 'survey', ref: definition.survey });
  for (const [outcome, ref] of Object.entries(definition.surveyByOutcome ?? {}))
    if (isLibrarySurveyRef(ref)) out.push({ path: `surveyByOutcome.${outcome}`, ref });
  return out;
}

export interface SurveyRefIssue {
  readonly code: 'SURVEY_REF_INVALID';
  /** Relative to the reference (`surveyKey`, `pin`, `version`, or `''` for the whole value). */
  readonly path: string;
  readonly message: LocalizedText;
}

const issue = (path: string, message: LocalizedText): SurveyRefIssue => ({
  code: 'SURVEY_REF_INVALID',
  path,
  message,
});

/**
 * What is wrong with the shape of a library reference (a form key is checked against `forms` by the
 * caller). Unknown properties are refused so that a typo (`pinned`) is not silently ignored.
 */
export function checkSurveyRefShape(value: unknown): SurveyRefIssue[] {
  if (typeof value === 'string') return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [
      issue('', {
        zh: '调查须为本流程的表单键，或 { surveyKey, pin } 形式的已发布调查',
        en: 'A survey is a form key of this flow, or a published survey as { surveyKey, pin }',
      }),
    ];
  const ref = value as Record<string, unknown>;
  const out: SurveyRefIssue[] = [];
  for (const k of Object.keys(ref))
    if (k !== 'surveyKey' && k !== 'pin' && k !== 'version')
      out.push(issue(k, { zh: `调查引用没有属性「${k}」`, en: `A survey reference has no property "${k}"` }));
  const key = ref['surveyKey'];
  if (typeof key !== 'string' || !SURVEY_KEY.test(key))
    out.push(
      issue('surveyKey', {
        zh: 'surveyKey 须为调查的键（小写字母、数字、连字符）',
        en: 'surveyKey must be a survey key (lower-case letters, digits, dashes)',
      }),
    );
  const pin = ref['pin'];
  if (!SURVEY_PINS.includes(pin as SurveyPin))
    out.push(
      issue('pin', {
        zh: 'pin 须为 publish（发布时的版本）或 latest（始终最新版本）',
        en: 'pin must be publish (the version at publication) or latest (always the newest version)',
      }),
    );
  const version = ref['version'];
  if (version !== undefined) {
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      out.push(issue('version', { zh: 'version 须为正整数', en: 'version must be a positive integer' }));
    else if (pin === 'latest')
      out.push(
        issue('version', {
          zh: 'pin 为 latest 时不能指定 version',
          en: 'A version cannot be given with pin latest',
        }),
      );
  }
  return out;
}
