/**
 * A configuration audit entry in words, in either language: what was done ("发布了流程
 * complaint-handling v3"), to what kind of entity, by whom. The texts live in this feature's locales;
 * this file only picks one and fills in the entry's values, so it can be tested without a component.
 */
import type { AppLocale } from '../../../shared/lib/locale';
import zhCN from '../locales/zh-CN';
import en from '../locales/en';

type Texts = typeof zhCN;
const TEXTS: Record<AppLocale, Texts> = { 'zh-CN': zhCN, en };

export interface EntryFacts {
  action: string;
  entityType: string;
  entityKey: string;
  actor: string;
  actorName: string;
  details?: unknown;
}

/** `{name}` placeholders filled from `params`; an unknown one stays as it is. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

const camel = (segment: string): string => segment.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The message template of an action (`flow.save-draft` → `actions.flow.saveDraft`), if there is one. */
export function actionTemplate(action: string, locale: AppLocale): string | null {
  let node: unknown = TEXTS[locale].actions;
  for (const segment of action.split('.').map(camel)) {
    if (typeof node !== 'object' || node === null || !(segment in node)) return null;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === 'string' ? node : null;
}

/** The kind of entity in words; an unknown kind as recorded. */
export function entityTypeName(type: string, locale: AppLocale): string {
  const names: Record<string, string> = TEXTS[locale].entityTypes;
  return names[type] ?? type;
}

/** The entry's scalar details (version, revision, year …) as message parameters. */
function detailParams(details: unknown): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (typeof details !== 'object' || details === null) return out;
  for (const [k, v] of Object.entries(details)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  }
  return out;
}

/** What the entry did, in words. */
export function describeEntry(entry: EntryFacts, locale: AppLocale): string {
  const params = {
    ...detailParams(entry.details),
    key: entry.entityKey,
    action: entry.action,
    type: entityTypeName(entry.entityType, locale),
  };
  return fill(actionTemplate(entry.action, locale) ?? TEXTS[locale].actions.unknown, params);
}

/** Who made the change: a user's display name; an API client or the system said as such. */
export function describeActor(entry: Pick<EntryFacts, 'actor' | 'actorName'>, locale: AppLocale): string {
  const list = TEXTS[locale].list;
  if (entry.actor.startsWith('api:')) return `${list.apiClient} ${entry.actorName}`;
  if (entry.actor.startsWith('system:')) return `${list.system} (${entry.actorName})`;
  return entry.actorName;
}
