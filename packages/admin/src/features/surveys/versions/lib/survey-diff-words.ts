/**
 * A survey comparison in words, for the versions drawer: each change of the server's `surveyVersionDiff`
 * becomes a sentence ("Question “How likely …” added") and each changed value a labelled before → after,
 * texts shown in the page's language. Pure: the texts come in through `words`.
 */

export type Lang = 'zh' | 'en';

export interface ValueChangeIn {
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface SurveyChangeIn {
  readonly area: 'QUESTION' | 'SURVEY';
  readonly key: string;
  readonly kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  readonly values: readonly ValueChangeIn[];
}

/** The texts a sentence is made of (the drawer passes its translations). */
export interface DiffWords {
  questionAdded(title: string): string;
  questionRemoved(title: string): string;
  questionChanged(title: string): string;
  surveyChanged(property: string): string;
  /** Label of a value path inside a question or the survey (`title` → "Question text"). */
  label(path: string, choice: string | null): string;
  yes: string;
  no: string;
  notSet: string;
}

export interface DiffLine {
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export interface DiffSentence {
  readonly id: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly text: string;
  /** For a changed question or setting: what changed, before and after. */
  readonly lines: readonly DiffLine[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isLocalized(v: unknown): v is { zh?: string; en?: string } {
  return isRecord(v) && (typeof v['zh'] === 'string' || typeof v['en'] === 'string');
}

/** A value as a reader sees it: texts in the page's language, yes/no, lists joined. */
export function valueText(
  value: unknown,
  lang: Lang,
  words: Pick<DiffWords, 'yes' | 'no' | 'notSet'>,
): string {
  if (value === null || value === undefined || value === '') return words.notSet;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isLocalized(value)) return value[lang] || value[lang === 'zh' ? 'en' : 'zh'] || words.notSet;
  if (Array.isArray(value))
    return value.map((v) => valueText(v, lang, words)).join(lang === 'zh' ? '、' : ', ');
  if (isRecord(value) && 'text' in value) return valueText(value['text'], lang, words);
  return JSON.stringify(value);
}

/** `choices[phone].text` → the choice `phone` and the path `choices.text`; other paths as they are. */
function splitChoice(path: string): { path: string; choice: string | null } {
  const m = /^choices\[([^\]]+)\](?:\.(.*))?$/.exec(path);
  return m ? { path: m[2] ? `choices.${m[2]}` : 'choices', choice: m[1] ?? null } : { path, choice: null };
}

/** The title of a question (from either side of the change, or the definitions), else its name. */
function questionTitle(change: SurveyChangeIn, titles: ReadonlyMap<string, unknown>, lang: Lang): string {
  const whole = change.values.find((v) => v.path === '');
  const entry = (whole?.after ?? whole?.before) as Record<string, unknown> | undefined;
  const title = entry?.['title'] ?? titles.get(change.key);
  return isLocalized(title) ? (title[lang] ?? change.key) : change.key;
}

/**
 * The sentences of a comparison. `titles` maps question names to their titles (the newer version's,
 * then the older's), so a changed question is named by its text rather than its key.
 */
export function describeSurveyChanges(
  changes: readonly SurveyChangeIn[],
  titles: ReadonlyMap<string, unknown>,
  lang: Lang,
  words: DiffWords,
): DiffSentence[] {
  return changes.map((c) => {
    const kind = c.kind === 'ADDED' ? 'added' : c.kind === 'REMOVED' ? 'removed' : 'changed';
    const id = `${c.area.toLowerCase()}-${c.key}`;
    if (c.area === 'SURVEY') {
      return {
        id,
        kind,
        text: words.surveyChanged(words.label(c.key, null)),
        lines: c.values.map((v) => ({
          label: words.label(v.path, null),
          before: valueText(v.before, lang, words),
          after: valueText(v.after, lang, words),
        })),
      };
    }
    const title = questionTitle(c, titles, lang);
    if (kind === 'added') return { id, kind, text: words.questionAdded(title), lines: [] };
    if (kind === 'removed') return { id, kind, text: words.questionRemoved(title), lines: [] };
    return {
      id,
      kind,
      text: words.questionChanged(title),
      lines: c.values.map((v) => {
        const { path, choice } = splitChoice(v.path);
        return {
          label: words.label(path, choice),
          before: valueText(v.before, lang, words),
          after: valueText(v.after, lang, words),
        };
      }),
    };
  });
}

/** Question name → title, newer definitions first (the first one given wins). */
export function questionTitles(...definitions: readonly unknown[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const d of definitions) {
    const elements = isRecord(d) && Array.isArray(d['elements']) ? d['elements'] : [];
    for (const e of elements)
      if (isRecord(e) && typeof e['name'] === 'string' && !out.has(e['name'])) out.set(e['name'], e['title']);
  }
  return out;
}
