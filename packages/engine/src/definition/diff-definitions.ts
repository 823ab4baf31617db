/**
 * What changed between two flow definitions, down to the values: steps by key, transitions by
 * `from→to`, form fields by `form.field`, and the flow's own settings (name, roles, SLA, offer policy,
 * survey …) by property. Each changed entry lists its value changes `{ path, before, after }`.
 *
 * Everything is compared as canonical JSON, so key order never counts as a change. `layout` (canvas
 * positions, editor metadata) and the `version` stamp are ignored. Transition keys are names, not
 * content: a renamed transition key alone is no change. Rules (guards, `visibleWhen` …) and texts in two
 * languages are compared as whole values, so a change shows the whole rule or text before and after.
 */
import type { JsonValue } from '../shared/json.types';
import type { FormDefinition } from '../forms/form.types';
import type { FlowDefinition, TransitionDefinition } from './flow-definition.types';

/** Where a change is: a step, a transition, a form field, or a setting of the flow itself. */
export type DiffArea = 'step' | 'transition' | 'field' | 'flow';
export type DiffKind = 'added' | 'removed' | 'changed';

/**
 * One value that differs. `path` is relative to the entry (`assignment.role`, `choices[approve].text`);
 * for flow settings it starts with the property (`sla.rules[0].policy`). An absent `before` means the
 * value was not set in the older definition, an absent `after` that it is not set in the newer one.
 */
export interface ValueChange {
  readonly path: string;
  readonly before?: JsonValue;
  readonly after?: JsonValue;
}

export interface DefinitionChange {
  readonly area: DiffArea;
  /** Step key, `from→to`, `form.field`, or the flow property (`sla`, `forms.<key>` for a form's own settings). */
  readonly key: string;
  readonly kind: DiffKind;
  /** For added and removed entries, one change with the whole entry (path `''`, or the property for flow settings). */
  readonly values: readonly ValueChange[];
}

export interface KeyChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

export interface DefinitionDiff {
  readonly steps: KeyChanges;
  readonly transitions: KeyChanges;
  readonly fields: KeyChanges;
  /** Every change: flow settings first, then steps, transitions and fields, each in definition order. */
  readonly changes: readonly DefinitionChange[];
}

/** Properties compared as whole values: rules and texts in both languages. */
const WHOLE_VALUE_KEYS = new Set([
  'guard',
  'rule',
  'selectWhen',
  'eligibility',
  'visibleWhen',
  'requiredWhen',
]);
/** Definition properties that are not flow settings (compared by entry, or not compared at all). */
const NOT_SETTINGS = new Set(['steps', 'transitions', 'forms', 'layout', 'version']);
/** Identity properties by which array items are matched, in order of preference. */
const ID_KEYS = ['key', 'name', 'value', 'role'];

/** Canonical JSON: keys sorted at every level, `undefined` members left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

function isObject(v: unknown): v is Record<string, JsonValue> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isLocalizedText(v: unknown): boolean {
  if (!isObject(v)) return false;
  const keys = Object.keys(v).filter((k) => v[k] !== undefined);
  return keys.length > 0 && keys.every((k) => (k === 'zh' || k === 'en') && typeof v[k] === 'string');
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** The property by which the items of both arrays can be matched, if every item has a distinct one. */
function idKeyOf(a: readonly unknown[], b: readonly unknown[]): string | null {
  const items = [...a, ...b];
  if (items.length === 0 || !items.every(isObject)) return null;
  for (const id of ID_KEYS) {
    const ok = [a, b].every((list) => {
      const ids = list.map((i) => (i as Record<string, unknown>)[id]);
      return ids.every((x) => typeof x === 'string') && new Set(ids).size === ids.length;
    });
    if (ok) return id;
  }
  return null;
}

function withValues(path: string, before: JsonValue | undefined, after: JsonValue | undefined): ValueChange {
  return {
    path,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}

/** Appends the leaf-level differences between two JSON values to `out`. */
export function diffValues(
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  path = '',
  out: ValueChange[] = [],
): ValueChange[] {
  if (same(before ?? null, after ?? null) && (before === undefined) === (after === undefined)) return out;
  const last = path.slice(path.lastIndexOf('.') + 1);
  const whole =
    before === undefined ||
    after === undefined ||
    WHOLE_VALUE_KEYS.has(last) ||
    isLocalizedText(before) ||
    isLocalizedText(after);
  if (!whole && isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
    for (const k of keys) diffValues(before[k], after[k], join(path, k), out);
    return out;
  }
  if (!whole && Array.isArray(before) && Array.isArray(after)) {
    const id = idKeyOf(before, after);
    if (id) {
      const byId = (list: readonly JsonValue[]): Map<string, JsonValue> =>
        new Map(list.map((i) => [String((i as Record<string, JsonValue>)[id]), i]));
      const older = byId(before);
      const newer = byId(after);
      for (const k of [...older.keys(), ...[...newer.keys()].filter((x) => !older.has(x))])
        diffValues(older.get(k), newer.get(k), `${path}[${k}]`, out);
      return out;
    }
    if ([...before, ...after].some((i) => typeof i === 'object' && i !== null)) {
      for (let i = 0; i < Math.max(before.length, after.length); i++)
        diffValues(before[i], after[i], `${path}[${i}]`, out);
      return out;
    }
  }
  out.push(withValues(path, before, after));
  return out;
}

/** Label → content of each entry of one area, in first-seen order. */
type Entries = Map<string, JsonValue>;

function compareArea(
  area: DiffArea,
  older: Entries,
  newer: Entries,
  changes: DefinitionChange[],
): KeyChanges {
  const added = [...newer.keys()].filter((k) => !older.has(k));
  const removed = [...older.keys()].filter((k) => !newer.has(k));
  const changed = [...newer.keys()].filter((k) => older.has(k) && !same(older.get(k), newer.get(k)));
  for (const key of removed)
    changes.push({ area, key, kind: 'removed', values: [withValues('', older.get(key), undefined)] });
  for (const key of added)
    changes.push({ area, key, kind: 'added', values: [withValues('', undefined, newer.get(key))] });
  for (const key of changed)
    changes.push({ area, key, kind: 'changed', values: diffValues(older.get(key), newer.get(key)) });
  return { added, removed, changed };
}

function steps(def: FlowDefinition): Entries {
  return new Map(def.steps.map((s) => [s.key, s as unknown as JsonValue]));
}

/** A transition's content without its key (a name, not content). */
function content(t: TransitionDefinition): Record<string, JsonValue> {
  const { key: _key, ...rest } = t;
  return rest as unknown as Record<string, JsonValue>;
}

/**
 * Transitions grouped by `from→to`. A lone edge on both sides is its content; where several edges join
 * the same two steps (one per outcome) on either side, a group becomes an object keyed by outcome
 * (`on:<outcome>`), or by transition key when outcomes are missing or repeat, so a change names the
 * edge it is in. Whether a group changed does not depend on the order of its edges.
 */
function transitions(
  older: FlowDefinition,
  newer: FlowDefinition,
): { older: Entries; newer: Entries; reordered: (label: string) => boolean } {
  const group = (def: FlowDefinition): Map<string, TransitionDefinition[]> => {
    const groups = new Map<string, TransitionDefinition[]>();
    for (const t of def.transitions) {
      const label = `${t.from}→${t.to}`;
      groups.set(label, [...(groups.get(label) ?? []), t]);
    }
    return groups;
  };
  const go = group(older);
  const gn = group(newer);
  const byOn = (members: readonly TransitionDefinition[]): boolean => {
    const ons = members.map((m) => m.on ?? '');
    return ons.every((o) => o !== '') && new Set(ons).size === ons.length;
  };
  const entries = (
    groups: Map<string, TransitionDefinition[]>,
    other: Map<string, TransitionDefinition[]>,
  ) => {
    const out: Entries = new Map();
    for (const [label, members] of groups) {
      const theirs = other.get(label) ?? [];
      if (members.length === 1 && theirs.length <= 1) out.set(label, content(members[0]!));
      else {
        const keyed = byOn(members) && byOn(theirs);
        out.set(label, Object.fromEntries(members.map((m) => [keyed ? `on:${m.on}` : m.key, content(m)])));
      }
    }
    return out;
  };
  const canonical = (members: readonly TransitionDefinition[] | undefined): string =>
    (members ?? [])
      .map((m) => canonicalJson(content(m)))
      .sort()
      .join('\n');
  return {
    older: entries(go, gn),
    newer: entries(gn, go),
    reordered: (label) => canonical(go.get(label)) === canonical(gn.get(label)),
  };
}

function fields(def: FlowDefinition): Entries {
  const out: Entries = new Map();
  for (const form of def.forms)
    for (const f of form.elements) out.set(`${form.key}.${f.name}`, f as unknown as JsonValue);
  return out;
}

/** The flow's own settings, each form's own settings (without its fields) as `forms.<key>`. */
function settings(def: FlowDefinition): Entries {
  const out: Entries = new Map();
  for (const [k, v] of Object.entries(def))
    if (!NOT_SETTINGS.has(k) && v !== undefined) out.set(k, v as JsonValue);
  for (const form of def.forms) {
    const { elements: _elements, ...own } = form;
    out.set(`forms.${form.key}`, own as unknown as JsonValue);
  }
  return out;
}

function compareSettings(older: Entries, newer: Entries, changes: DefinitionChange[]): void {
  for (const key of [...older.keys(), ...[...newer.keys()].filter((k) => !older.has(k))]) {
    const a = older.get(key);
    const b = newer.get(key);
    if (a !== undefined && b !== undefined && same(a, b)) continue;
    const kind: DiffKind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    changes.push({ area: 'flow', key, kind, values: diffValues(a, b, key) });
  }
}

/** What changed from `older` to `newer` (see the file comment). Pure; neither argument is changed. */
export function diffDefinitions(older: FlowDefinition, newer: FlowDefinition): DefinitionDiff {
  const changes: DefinitionChange[] = [];
  compareSettings(settings(older), settings(newer), changes);
  const s = compareArea('step', steps(older), steps(newer), changes);

  const tr = transitions(older, newer);
  const tChanges: DefinitionChange[] = [];
  const t = compareArea('transition', tr.older, tr.newer, tChanges);
  // A group whose edges only changed order is no change.
  const reordered = new Set(t.changed.filter(tr.reordered));
  changes.push(...tChanges.filter((c) => !reordered.has(c.key)));

  const f = compareArea('field', fields(older), fields(newer), changes);
  return {
    steps: s,
    transitions: { ...t, changed: t.changed.filter((k) => !reordered.has(k)) },
    fields: f,
    changes,
  };
}

/** What changed between two versions of one form or survey: its questions by name, and its own settings. */
export interface FormDiff {
  readonly questions: KeyChanges;
  /**
   * The form's own settings first (area `flow`, key the property: `title`, `description` …), then the
   * questions (area `field`, key the question's name), each in definition order.
   */
  readonly changes: readonly DefinitionChange[];
}

/** Form properties that are not settings: the questions (compared by name) and the stamps. */
const FORM_NOT_SETTINGS = new Set(['elements', 'key', 'version']);

/** What changed from `older` to `newer`, compared as `diffDefinitions` compares a flow's form fields. */
export function diffForms(older: FormDefinition, newer: FormDefinition): FormDiff {
  const own = (form: FormDefinition): Entries => {
    const out: Entries = new Map();
    for (const [k, v] of Object.entries(form))
      if (!FORM_NOT_SETTINGS.has(k) && v !== undefined) out.set(k, v as JsonValue);
    return out;
  };
  const questions = (form: FormDefinition): Entries =>
    new Map(form.elements.map((f) => [f.name, f as unknown as JsonValue]));
  const changes: DefinitionChange[] = [];
  compareSettings(own(older), own(newer), changes);
  const q = compareArea('field', questions(older), questions(newer), changes);
  return { questions: q, changes };
}
