/**
 * Paths into definitions. The engine reports them as strings (`steps[3].guard`, `forms[0].elements[2]`,
 * `$` for the document itself); the API reports them as lists (`["steps", "3", "guard"]`) so that a
 * client can prefix them with where the definition sat in its input.
 */
import type { Problem, LocalizedText } from '@parley/engine';

/**
 * `steps[3].guard` → `["steps", "3", "guard"]`; `guard[">="][0]` → `["guard", ">=", "0"]` (the engine
 * quotes keys that are not identifiers); `$` and `` → `[]`.
 */
export function splitPath(path: string): string[] {
  const out: string[] = [];
  const re = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|([^.[\]]+)/g;
  const trimmed = path.startsWith('$') ? path.slice(1) : path;
  for (const m of trimmed.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(JSON.parse(m[2]) as string);
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}

/** One problem as `ValidationProblem` (GraphQL) and as an item of `extensions.problems`. */
export interface ReportedProblem {
  code: string;
  path: string[];
  message: LocalizedText;
  severity: 'error' | 'warning';
}

export function reportProblem(p: Problem): ReportedProblem {
  return {
    code: p.code,
    path: splitPath(p.path),
    message: { zh: p.message.zh, en: p.message.en },
    severity: p.severity,
  };
}

/**
 * The `extensions.problems` items of a refusal: each with its path inside the definition and, when the
 * definition came from the request, `fieldPath` = where it sat in the input + that path.
 */
export function problemDetails(
  problems: readonly ReportedProblem[],
  inputPath: readonly (string | number)[] | null,
): Record<string, unknown>[] {
  return problems.map((p) => ({
    code: p.code,
    path: p.path,
    severity: p.severity,
    messages: p.message,
    ...(inputPath ? { fieldPath: [...inputPath, ...p.path] } : {}),
  }));
}

/** Errors block publication; warnings do not. */
export function hasErrors(problems: readonly ReportedProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
