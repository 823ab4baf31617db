/**
 * Pure helpers of the flows list: search and the archived toggle, the last change of a template, the
 * open-case counts per version, and the JSON files of export and import.
 */
import type { CreateFlowTemplateInput, FlowKind, FlowTemplatesQuery } from '../../../generated/graphql';
import { fieldMessages, type AppError, type FieldMessages } from '../../../shared/lib/graphql-error';
import type { Localized } from '../../../shared/lib/locale';

export type FlowRow = FlowTemplatesQuery['flowTemplates']['edges'][number]['node'];

export const FLOW_KINDS: readonly FlowKind[] = [
  'NEGOTIATION',
  'COMPLAINT',
  'SERVICE',
  'LOAN',
  'SURVEY_FOLLOW_UP',
];

/** Templates matching `query` (key or either name, case-insensitive); archived ones only when shown. */
export function filterFlows(rows: readonly FlowRow[], query: string, showArchived: boolean): FlowRow[] {
  const needle = query.trim().toLowerCase();
  return rows.filter((row) => {
    if (row.archived && !showArchived) return false;
    if (!needle) return true;
    return [row.key, row.name.zh, row.name.en].some((text) => text.toLowerCase().includes(needle));
  });
}

export interface LastChange {
  at: Date | string;
  by: string | null;
}

/** The newest of the draft's last save and the newest publication; the template's own stamp otherwise. */
export function lastChange(row: FlowRow): LastChange {
  const candidates: LastChange[] = [];
  if (row.draft) candidates.push({ at: row.draft.updatedAt, by: row.draft.updatedBy?.displayName ?? null });
  if (row.latestVersion) {
    candidates.push({
      at: row.latestVersion.publishedAt,
      by: row.latestVersion.publishedBy?.displayName ?? null,
    });
  }
  if (candidates.length === 0) return { at: row.updatedAt, by: null };
  return candidates.reduce((a, b) => (new Date(b.at).getTime() > new Date(a.at).getTime() ? b : a));
}

/** Versions that still have open cases, newest first, e.g. `[{ version: 3, count: 12 }]`. */
export function openCasesByVersion(row: FlowRow): { version: number; count: number }[] {
  return row.versions
    .filter((v) => v.openCaseCount > 0)
    .map((v) => ({ version: v.version, count: v.openCaseCount }))
    .sort((a, b) => b.version - a.version);
}

export function totalOpenCases(row: FlowRow): number {
  return row.versions.reduce((sum, v) => sum + v.openCaseCount, 0);
}

/** The download name of an exported template. */
export function exportFileName(key: string): string {
  return `${key}.flow.json`;
}

/** Pretty JSON for the download (the server's document, unchanged). */
export function exportFileText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export type ParsedImport =
  { ok: true; document: Record<string, unknown> } | { ok: false; reason: 'empty' | 'syntax' | 'notObject' };

/** Reads pasted or uploaded text as an export document; the server judges its content. */
export function parseImportText(text: string): ParsedImport {
  if (!text.trim()) return { ok: false, reason: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'notObject' };
  return { ok: true, document: value as Record<string, unknown> };
}

/** The key a document would be imported under when none is typed, if it names one. */
export function documentKey(document: Record<string, unknown>): string | null {
  return typeof document['key'] === 'string' ? document['key'] : null;
}

export interface CreateFlowForm {
  key: string;
  nameZh: string;
  nameEn: string;
  kind: FlowKind;
  fromSeed: string | null;
}

export function emptyCreateFlowForm(): CreateFlowForm {
  return { key: '', nameZh: '', nameEn: '', kind: 'NEGOTIATION', fromSeed: null };
}

/** A form prefilled from a seed: its kind and names, and a key derived from the seed's. */
export function formFromSeed(seed: { key: string; name: Localized; kind: FlowKind }): CreateFlowForm {
  return {
    key: `${seed.key}-copy`.slice(0, 60),
    nameZh: seed.name.zh,
    nameEn: seed.name.en,
    kind: seed.kind,
    fromSeed: seed.key,
  };
}

export type CreateFlowField = 'key' | 'nameZh' | 'nameEn' | 'kind' | 'fromSeed';

const CREATE_FIELDS: ReadonlyMap<string, CreateFlowField> = new Map([
  ['key', 'key'],
  ['name.zh', 'nameZh'],
  ['name.en', 'nameEn'],
  ['kind', 'kind'],
  ['fromSeed', 'fromSeed'],
]);

/** Server problems on the create form's fields (`fieldPath` under `["input"]`). */
export function createFlowFormErrors(error: AppError): FieldMessages<CreateFlowField> {
  return fieldMessages(error, ['input'], CREATE_FIELDS);
}

export function toCreateFlowInput(form: CreateFlowForm): CreateFlowTemplateInput {
  return {
    key: form.key.trim(),
    name: { zh: form.nameZh.trim(), en: form.nameEn.trim() },
    kind: form.kind,
    ...(form.fromSeed ? { fromSeed: form.fromSeed } : {}),
  };
}
