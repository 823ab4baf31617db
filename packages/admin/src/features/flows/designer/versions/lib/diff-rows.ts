/**
 * A definition diff as rows a person can read: each change named by what it is about (a step's name,
 * `from step → to step`, a form's and field's titles, a flow setting's label) and each value formatted
 * (texts in the viewer's language, rules and lists as indented JSON). Pure: the drawer renders the rows.
 */
import type { DefinitionChange, DiffArea, DiffKind, FlowDefinition, JsonValue } from '@parley/engine';

export type Lang = 'zh' | 'en';

export interface ValueRow {
  /** Where in the entry; `''` for the whole entry. */
  readonly path: string;
  /** The older value, formatted; `''` when it was not set. */
  readonly before: string;
  /** The newer value, formatted; `''` when it is not set. */
  readonly after: string;
  /** True when either side is more than one line (shown as a block rather than inline). */
  readonly block: boolean;
}

export interface DiffRow {
  readonly id: string;
  readonly area: DiffArea;
  readonly kind: DiffKind;
  readonly key: string;
  /** What the change is about, in the viewer's language. */
  readonly title: string;
  readonly values: readonly ValueRow[];
}

/** One change as the server sends it (`FlowDiff.changes`): enums in capitals, null for "not set". */
export interface ServerChange {
  readonly area: string;
  readonly key: string;
  readonly kind: string;
  readonly values: readonly { readonly path: string; readonly before?: unknown; readonly after?: unknown }[];
}

/** The server's changes in the engine's shape, so both diffs render alike. */
export function fromServerChanges(changes: readonly ServerChange[]): DefinitionChange[] {
  return changes.map((c) => ({
    area: c.area.toLowerCase() as DiffArea,
    key: c.key,
    kind: c.kind.toLowerCase() as DiffKind,
    values: c.values.map((v) => ({
      path: v.path,
      ...(v.before === null || v.before === undefined ? {} : { before: v.before as JsonValue }),
      ...(v.after === null || v.after === undefined ? {} : { after: v.after as JsonValue }),
    })),
  }));
}

function isText(v: unknown): v is { zh: string; en: string } {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).every((k) => k === 'zh' || k === 'en') &&
    typeof (v as { zh?: unknown }).zh === 'string'
  );
}

/** A JSON value for the screen: texts in `lang`, scalars as they are, the rest as indented JSON. */
export function formatValue(value: JsonValue | undefined, lang: Lang): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isText(value)) return value[lang] || value.zh;
  return JSON.stringify(value, null, 2);
}

function stepName(key: string, defs: readonly (FlowDefinition | null)[], lang: Lang): string {
  for (const d of defs) {
    const step = d?.steps.find((s) => s.key === key);
    if (step) return step.name[lang] || step.name.zh || key;
  }
  return key;
}

function formOf(key: string, defs: readonly (FlowDefinition | null)[]) {
  for (const d of defs) {
    const form = d?.forms.find((f) => f.key === key);
    if (form) return form;
  }
  return undefined;
}

function fieldTitle(key: string, defs: readonly (FlowDefinition | null)[], lang: Lang): string {
  const dot = key.indexOf('.');
  const formKey = key.slice(0, dot);
  const name = key.slice(dot + 1);
  const form = formOf(formKey, defs);
  const field = defs
    .map((d) => d?.forms.find((f) => f.key === formKey)?.elements.find((e) => e.name === name))
    .find(Boolean);
  return `${form ? form.title[lang] || formKey : formKey} · ${field ? field.title[lang] || name : name}`;
}

/**
 * The rows of a diff from `older` to `newer` (newer first when looking names up, so a renamed step
 * shows its new name). `settingLabel` names a flow setting (`sla` → "SLA policy"), or returns null.
 */
export function diffRows(
  changes: readonly DefinitionChange[],
  older: FlowDefinition | null,
  newer: FlowDefinition | null,
  lang: Lang,
  settingLabel: (key: string) => string | null,
): DiffRow[] {
  const defs = [newer, older];
  return changes.map((c) => {
    let title: string;
    if (c.area === 'step') title = stepName(c.key, defs, lang);
    else if (c.area === 'transition') {
      const [from = '', to = ''] = c.key.split('→');
      title = `${stepName(from, defs, lang)} → ${stepName(to, defs, lang)}`;
    } else if (c.area === 'field') title = fieldTitle(c.key, defs, lang);
    else if (c.key.startsWith('forms.')) {
      const form = formOf(c.key.slice('forms.'.length), defs);
      title = `${settingLabel('forms') ?? 'forms'} · ${form ? form.title[lang] : c.key}`;
    } else title = settingLabel(c.key) ?? c.key;
    const values = c.values.map((v) => {
      const before = formatValue(v.before, lang);
      const after = formatValue(v.after, lang);
      return { path: v.path, before, after, block: before.includes('\n') || after.includes('\n') };
    });
    return { id: `${c.area}:${c.key}`, area: c.area, kind: c.kind, key: c.key, title, values };
  });
}
