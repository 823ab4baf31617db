/**
 * Survey definitions are forms in the engine's form format (SurveyJS-shaped `elements`, JSON Logic
 * `visibleWhen` / `requiredWhen`), not a second format. They are checked by the engine's own
 * validator: the survey is placed as the only form of a minimal flow (a survey step, then an end), so
 * field-type options, duplicate names and the rules between questions are checked exactly as inside a
 * flow, and the problems' paths are mapped back from `forms[0]…` to the survey.
 *
 * Survey question kinds in that format: NPS = `rating` 0–10, CSAT = `rating` 1–5, CES = `rating`
 * 1–7 (each with its `metric`, whose scale the engine checks), single choice = `select`, multiple
 * choice = `multi-select`, text = `text` / `textarea`, matrix = `matrix` (docs/surveys.md).
 */
import { validateDefinition, type FlowDefinition, type FormDefinition, type Problem } from '@parley/engine';
import { reportProblem, type ReportedProblem } from '../definitions';

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

/** "问题 3「nps」" / "Question 3 "nps"": how a problem names the question it is about. */
function questionLabel(index: number, e: Record<string, unknown>): { zh: string; en: string } {
  const name = typeof e['name'] === 'string' && e['name'] !== '' ? e['name'] : null;
  return {
    zh: `问题 ${index + 1}${name ? `「${name}」` : ''}`,
    en: `Question ${index + 1}${name ? ` "${name}"` : ''}`,
  };
}

const isBlank = (text: unknown) => typeof text !== 'string' || text.trim() === '';

/**
 * A localized text the customer reads: both languages present (else a shape problem at `path`) and
 * neither blank (else SURVEY_TEXT_MISSING at `path.zh` / `path.en`).
 */
function checkText(
  value: unknown,
  path: string[],
  what: { zh: string; en: string },
  out: ReportedProblem[],
): void {
  if (!isLocalized(value)) {
    out.push(shapeProblem(path, { zh: `${what.zh}须含 zh 与 en。`, en: `${what.en} needs zh and en.` }));
    return;
  }
  const text = value as { zh: string; en: string };
  if (isBlank(text.zh))
    out.push({
      code: 'SURVEY_TEXT_MISSING',
      path: [...path, 'zh'],
      message: { zh: `${what.zh}缺少中文文字。`, en: `${what.en} has no Chinese text.` },
      severity: 'error',
    });
  if (isBlank(text.en))
    out.push({
      code: 'SURVEY_TEXT_MISSING',
      path: [...path, 'en'],
      message: { zh: `${what.zh}缺少英文文字。`, en: `${what.en} has no English text.` },
      severity: 'error',
    });
}

const LISTS = [
  ['choices', { zh: '选项', en: 'choice' }],
  ['rows', { zh: '行', en: 'row' }],
  ['columns', { zh: '列', en: 'column' }],
] as const;

const METRICS = ['nps', 'csat', 'ces'];

/** Every outline problem of one question, each at the path of the offending part. */
function questionProblems(e: Record<string, unknown>, index: number): ReportedProblem[] {
  const at = ['elements', String(index)];
  const q = questionLabel(index, e);
  const out: ReportedProblem[] = [];
  const missing = (key: string) =>
    out.push(shapeProblem([...at, key], { zh: `${q.zh}缺少 ${key}。`, en: `${q.en} has no ${key}.` }));
  if (typeof e['type'] !== 'string') missing('type');
  if (typeof e['name'] !== 'string') missing('name');
  checkText(e['title'], [...at, 'title'], { zh: `${q.zh}的标题`, en: `The title of ${q.en}` }, out);
  for (const [key, noun] of LISTS) {
    if (!(key in e)) continue;
    const list = e[key];
    if (!Array.isArray(list) || !list.every(isRecord)) {
      out.push(
        shapeProblem([...at, key], {
          zh: `${q.zh}的 ${key} 须为对象数组。`,
          en: `${key} of ${q.en} must be a list of objects.`,
        }),
      );
      continue;
    }
    list.forEach((item: Record<string, unknown>, j) => {
      const label = { zh: `${q.zh}的第 ${j + 1} 个${noun.zh}`, en: `${noun.en} ${j + 1} of ${q.en}` };
      if (typeof item['value'] !== 'string')
        out.push(
          shapeProblem([...at, key, String(j), 'value'], {
            zh: `${label.zh}缺少 value。`,
            en: `${label.en} has no value.`,
          }),
        );
      checkText(item['text'], [...at, key, String(j), 'text'], label, out);
    });
  }
  if ('metric' in e && !METRICS.includes(e['metric'] as string))
    out.push({
      code: 'RATING_METRIC_UNKNOWN',
      path: [...at, 'metric'],
      message: {
        zh: `${q.zh}的评分指标须为 nps、csat 或 ces。`,
        en: `The rating metric of ${q.en} must be nps, csat or ces.`,
      },
      severity: 'error',
    });
  for (const bound of ['rateMin', 'rateMax'])
    if (bound in e && !Number.isInteger(e[bound]))
      out.push(
        shapeProblem([...at, bound], {
          zh: `${q.zh}的 ${bound} 须为整数。`,
          en: `${bound} of ${q.en} must be a whole number.`,
        }),
      );
  return out;
}

/**
 * The outline the engine's validator relies on (as `parseFlowDefinition` is for flows), checked when a
 * draft is saved: every problem is reported (not only the first), each at the path of the part at
 * fault and naming its question, so the editor shows it under that question. Texts the customer reads
 * (titles, choices, matrix rows and columns) must be given in both languages.
 */
export function readSurveyDefinition(json: unknown): ReadResult {
  if (!isRecord(json)) return shape([], { zh: '须为 JSON 对象。', en: 'it must be a JSON object.' });
  const problems: ReportedProblem[] = [];
  checkText(json['title'], ['title'], { zh: '问卷标题', en: 'The survey title' }, problems);
  const elements = json['elements'];
  if (!Array.isArray(elements))
    problems.push(shapeProblem(['elements'], { zh: 'elements 须为数组。', en: 'elements must be a list.' }));
  else
    for (const [i, e] of elements.entries()) {
      if (!isRecord(e))
        problems.push(
          shapeProblem(['elements', String(i)], {
            zh: '每个问题须为对象。',
            en: 'each question must be an object.',
          }),
        );
      else problems.push(...questionProblems(e, i));
    }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, form: json as unknown as FormDefinition };
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
