/**
 * Where the server's complaints about a survey belong. A refused save names each problem's input path
 * (`["definition", "elements", "3", "choices", "1", "text", "en"]`); a refused publish names its path
 * inside the definition (`["elements", "3", …]`). Both are mapped to the question they concern, so the
 * editor can show each message under its question; the rest concern the survey as a whole.
 * Pure: no Vue.
 */
import type { Localized } from '../../../shared/lib/locale';

export interface SurveyProblem {
  /** The question's index, or null for the survey as a whole. */
  question: number | null;
  /** The rest of the path below the question (or the survey), dotted: `choices.1.text.en`. */
  at: string;
  messages: Localized;
}

export interface SurveyProblems {
  byQuestion: Map<number, SurveyProblem[]>;
  general: SurveyProblem[];
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r['zh'] === 'string' && typeof r['en'] === 'string';
}

function asPath(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((s) => typeof s === 'string' || typeof s === 'number')
    ? value.map(String)
    : null;
}

/** One problem from `extensions.problems` (or the error itself), placed. */
function place(path: readonly string[], messages: Localized): SurveyProblem {
  const inner = path[0] === 'definition' ? path.slice(1) : path;
  if (inner[0] === 'elements' && inner[1] !== undefined && /^\d+$/.test(inner[1]))
    return { question: Number(inner[1]), at: inner.slice(2).join('.'), messages };
  return { question: null, at: inner.join('.'), messages };
}

/**
 * The problems of a GraphQL error's `extensions`: each item of `problems` (with `fieldPath`, else
 * `path`, and `messages`), or else the error's own `fieldPath` and `messages`.
 */
export function surveyProblems(extensions: Readonly<Record<string, unknown>> | undefined): SurveyProblems {
  const out: SurveyProblems = { byQuestion: new Map(), general: [] };
  const add = (p: SurveyProblem) => {
    if (p.question === null) out.general.push(p);
    else out.byQuestion.set(p.question, [...(out.byQuestion.get(p.question) ?? []), p]);
  };
  const listed = Array.isArray(extensions?.['problems']) ? (extensions['problems'] as unknown[]) : [];
  for (const item of listed) {
    if (typeof item !== 'object' || item === null) continue;
    const r = item as Record<string, unknown>;
    if (r['severity'] === 'warning') continue;
    const path = asPath(r['fieldPath']) ?? asPath(r['path']);
    if (path && isLocalized(r['messages'])) add(place(path, r['messages']));
  }
  if (listed.length === 0 && extensions) {
    const path = asPath(extensions['fieldPath']);
    if (path && isLocalized(extensions['messages'])) add(place(path, extensions['messages']));
  }
  return out;
}
