/**
 * A configuration change's details as a readable, field-by-field diff. Entries that carry `before` and
 * `after` snapshots (categories, moves, repairs) are compared value by value with the engine's
 * `diffValues` (nested paths, arrays matched by key, texts in two languages as one value); entries that
 * carry only facts (a publish's version, a user's new roles) list those facts. Values are shown exactly
 * as the log holds them: masked personal data stays masked, nothing is looked up or revealed.
 */
import { diffValues, type JsonValue } from '@parley/engine';

export type DiffRowKind = 'added' | 'removed' | 'changed';

export interface DiffRow {
  /** Dotted path below the snapshot (`name`, `routing.queueCode`, `steps[intake].name`); `''` for the whole value. */
  path: string;
  kind: DiffRowKind;
  before?: JsonValue;
  after?: JsonValue;
  /** A text long enough (or multi-line) to be shown side by side rather than inline. */
  long: boolean;
}

export interface FactRow {
  path: string;
  value: JsonValue;
}

export interface AuditDiff {
  /** Before → after, when the entry recorded both (or one of them: a creation or a deletion). */
  changes: DiffRow[];
  /** Everything else the entry recorded (version, reason, counts …), flattened to paths. */
  facts: FactRow[];
}

/** A text is "long" past this many characters, or with a line break. */
export const LONG_TEXT = 60;

function isRecord(v: unknown): v is Record<string, JsonValue> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isLong(v: JsonValue | undefined): boolean {
  if (typeof v === 'string') return v.length > LONG_TEXT || v.includes('\n');
  if (isRecord(v) && typeof v['zh'] === 'string' && typeof v['en'] === 'string')
    return isLong(v['zh']) || isLong(v['en']);
  return false;
}

function kindOf(before: JsonValue | undefined, after: JsonValue | undefined): DiffRowKind {
  if (before === undefined || before === null)
    return after === undefined || after === null ? 'changed' : 'added';
  if (after === undefined || after === null) return 'removed';
  return 'changed';
}

/** Nested facts as leaf paths; arrays of plain values and texts in two languages stay whole. */
function flatten(value: JsonValue, path: string, out: FactRow[]): void {
  const isText = isRecord(value) && Object.keys(value).every((k) => k === 'zh' || k === 'en');
  if (isRecord(value) && !isText && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) flatten(v, path === '' ? k : `${path}.${k}`, out);
    return;
  }
  out.push({ path, value });
}

export function auditDiff(details: unknown): AuditDiff {
  if (!isRecord(details)) return { changes: [], facts: [] };
  const { before, after, ...rest } = details;
  const changes: DiffRow[] = [];
  if (before !== undefined || after !== undefined) {
    // A creation has no `before`, a deletion no `after`: each field is then added or removed.
    const older = before === undefined || before === null ? (isRecord(after) ? {} : undefined) : before;
    const newer = after === undefined || after === null ? (isRecord(before) ? {} : undefined) : after;
    for (const c of diffValues(older, newer)) {
      changes.push({
        path: c.path,
        kind: kindOf(c.before, c.after),
        ...(c.before === undefined ? {} : { before: c.before }),
        ...(c.after === undefined ? {} : { after: c.after }),
        long: isLong(c.before) || isLong(c.after),
      });
    }
  }
  const facts: FactRow[] = [];
  for (const [k, v] of Object.entries(rest)) flatten(v, k, facts);
  return { changes, facts };
}

/** A value in one line of text: strings as they are, two-language texts as `zh / en`, the rest as JSON. */
export function formatValue(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value) && typeof value['zh'] === 'string' && typeof value['en'] === 'string')
    return `${value['zh']} / ${value['en']}`;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.length === 0 ? '[]' : value.join(', ');
  return JSON.stringify(value);
}
