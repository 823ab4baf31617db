/**
 * Survey definitions are forms in the engine's form format (SurveyJS-shaped `elements`, JSON Logic
 * `visibleWhen` / `requiredWhen`), not a second format. They are checked by the engine's own
 * validator: the survey is placed as the only form of a minimal flow (a survey step, then an end), so
 * field-type options, duplicate names and the rules between questions are checked exactly as inside a
 * flow, and the problems' paths are mapped back from `forms[0]…` to the survey.
 *
 * Survey question kinds in that format: NPS = `rating` 0–10, CSAT = `rating` 1–5, CES = `rating`
 * 1–7, single choice = `select`, multiple choice = `multi-select`, text = `text` / `textarea`. The
 * format has no matrix question (docs/surveys.md).
 */
import { validateDefinition, type FlowDefinition, type FormDefinition, type Problem } from '@parley/engine';
import { reportProblem, type ReportedProblem } from '../definitions/problem-path';

type ReadResult = { ok: true; form: FormDefinition } | { ok: false; problems: ReportedProblem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLocalized(value: unknown): boolean {
  return isRecord(value) && typeof value['zh'] === 'string' && typeof value['en'] === 'string';
}

function shapeProblem(path: string[], what: { zh: string; en: string }): ReportedProblem {
  return {
    code: 'DEFINITION_SHAPE',
    path,
    message: { zh: `这不是调查问卷定义：${what.zh}`, en: `This is not a survey definition: ${what.en}` },
    severity: 'error',
  };
}

function shape(path: string[], what: { zh: string; en: string }): ReadResult {
  return { ok: false, problems: [shapeProblem(path, what)] };
}

/** The outline the engine's validator relies on (as `parseFlowDefinition` is for flows). */
export function readSurveyDefinition(json: unknown): ReadResult {
  if (!isRecord(json)) return shape([], { zh: '须为 JSON 对象。', en: 'it must be a JSON object.' });
  if (!isLocalized(json['title']))
    return shape(['title'], { zh: 'title 须含 zh 与 en。', en: 'title needs zh and en.' });
  const elements = json['elements'];
  if (!Array.isArray(elements))
    return shape(['elements'], { zh: 'elements 须为数组。', en: 'elements must be a list.' });
  for (const [i, e] of elements.entries()) {
    const at = ['elements', String(i)];
    if (!isRecord(e)) return shape(at, { zh: '每个问题须为对象。', en: 'each question must be an object.' });
    if (typeof e['type'] !== 'string')
      return shape([...at, 'type'], { zh: '缺少 type。', en: 'type is missing.' });
    if (typeof e['name'] !== 'string')
      return shape([...at, 'name'], { zh: '缺少 name。', en: 'name is missing.' });
    if (!isLocalized(e['title']))
      return shape([...at, 'title'], { zh: 'title 须含 zh 与 en。', en: 'title needs zh and en.' });
    if ('choices' in e && !(Array.isArray(e['choices']) && e['choices'].every(isRecord)))
      return shape([...at, 'choices'], {
        zh: 'choices 须为对象数组。',
        en: 'choices must be a list of objects.',
      });
  }
  return { ok: true, form: json as unknown as FormDefinition };
}

const STEP_NAME = { zh: '调查', en: 'Survey' };

/** The survey as the only form of the smallest flow that sends it. */
function hostFlow(form: FormDefinition): FlowDefinition {
  return {
    schemaVersion: 1,
    key: 'survey-host',
    version: 1,
    name: form.title,
    roles: [],
    forms: [form],
    start: 'survey',
    survey: form.key,
    steps: [
      { kind: 'survey', key: 'survey', name: STEP_NAME, survey: form.key },
      { kind: 'end', key: 'end', name: STEP_NAME, outcome: 'resolved' },
    ],
    transitions: [{ key: 'done', from: 'survey', to: 'end' }],
  };
}

const FORM_PREFIX = /^forms\[0\]\.?/;

/** Every problem of a survey definition; `forPublication` also requires at least one question. */
export function checkSurveyDefinition(json: unknown, forPublication: boolean): ReportedProblem[] {
  const read = readSurveyDefinition(json);
  if (!read.ok) return read.problems;
  let problems: readonly Problem[];
  try {
    problems = validateDefinition(hostFlow(read.form)).problems;
  } catch {
    // The outline passed but a question is so malformed that the validator cannot read it.
    return [shapeProblem([], { zh: '有问题无法识别。', en: 'a question cannot be read.' })];
  }
  const own = problems
    .filter((p) => FORM_PREFIX.test(p.path))
    .map((p) => reportProblem({ ...p, path: p.path.replace(FORM_PREFIX, '') }));
  if (forPublication && read.form.elements.length === 0)
    own.push({
      code: 'SURVEY_EMPTY',
      path: ['elements'],
      message: { zh: '调查问卷至少需要一个问题。', en: 'A survey needs at least one question.' },
      severity: 'error',
    });
  return own;
}
