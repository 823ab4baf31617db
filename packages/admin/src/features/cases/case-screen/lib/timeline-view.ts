/**
 * How the case screen's timeline words an event: who (by name, never a raw key), what (the server's
 * text in the page's language), and the details that can be expanded: form answers under their field
 * labels, call summaries, review notes, comments and reasons. Pure, no Vue.
 */
import { pickLocalized, type AppLocale, type Localized } from '../../../../shared/lib/locale';

export type ActorKindName = 'USER' | 'API_CLIENT' | 'SYSTEM' | 'CUSTOMER';

export interface ActorSource {
  kind: ActorKindName;
  displayName?: string | null;
}

/** The words for parties without a name of their own, in the page's language. */
export interface ActorWords {
  customer: string;
  system: string;
  apiClient: string;
  unknownUser: string;
}

export function actorText(actor: ActorSource, words: ActorWords): string {
  switch (actor.kind) {
    case 'CUSTOMER':
      return words.customer;
    case 'SYSTEM':
      return words.system;
    case 'API_CLIENT':
      return actor.displayName ? `${words.apiClient} ${actor.displayName}` : words.apiClient;
    case 'USER':
      return actor.displayName || words.unknownUser;
  }
}

export interface FieldLabelSource {
  key: string;
  form?: { fields: readonly { name: string; label: Localized }[] } | null;
}

/** Every form field's label by its name (the first form that defines a name wins). */
export function fieldLabels(steps: readonly FieldLabelSource[], locale: AppLocale): Map<string, string> {
  const labels = new Map<string, string>();
  for (const step of steps)
    for (const field of step.form?.fields ?? [])
      if (!labels.has(field.name)) labels.set(field.name, pickLocalized(field.label, locale));
  return labels;
}

/**
 * One expandable detail: `label` is a field's label from the flow, `key` names one of the screen's own
 * texts (`caseScreen.timeline.details.<key>`); `value` is shown as it is, `valueKey` is a text key.
 */
export type EventDetail =
  | { label: string; value: string }
  | { key: DetailKey; value: string }
  | { key: DetailKey; valueKey: ValueKey };

export type DetailKey =
  | 'outcome'
  | 'note'
  | 'channel'
  | 'contact'
  | 'answered'
  | 'summary'
  | 'response'
  | 'comment'
  | 'reason'
  | 'field'
  | 'rootCause'
  | 'remedy';
export type ValueKey = 'yes' | 'no' | 'accepted' | 'changesRequested' | 'approved' | 'rejected';

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(formatValue).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The details of an event that has any (an empty list otherwise). */
export function eventDetails(
  type: string,
  data: unknown,
  labels: ReadonlyMap<string, string>,
): EventDetail[] {
  if (typeof data !== 'object' || data === null) return [];
  const d = data as Record<string, unknown>;
  const out: EventDetail[] = [];
  const answers = (values: unknown) => {
    if (typeof values !== 'object' || values === null || Array.isArray(values)) return;
    for (const [name, value] of Object.entries(values as Record<string, unknown>))
      out.push({ label: labels.get(name) ?? name, value: formatValue(value) });
  };
  const push = (key: DetailKey, value: unknown) => {
    const v = text(value);
    if (v) out.push({ key, value: v });
  };
  switch (type) {
    case 'caseStarted':
      answers(d['data']);
      break;
    case 'stepCompleted': {
      const outcome = d['outcome'];
      if (outcome === 'approved' || outcome === 'rejected') out.push({ key: 'outcome', valueKey: outcome });
      answers(d['data']);
      push('note', d['note']);
      break;
    }
    case 'communicationLogged':
      push('channel', d['channel']);
      push('contact', d['contact']);
      if (typeof d['answered'] === 'boolean')
        out.push({ key: 'answered', valueKey: d['answered'] ? 'yes' : 'no' });
      push('summary', d['summary']);
      break;
    case 'customerResponded':
      out.push({ key: 'response', valueKey: d['response'] === 'accepted' ? 'accepted' : 'changesRequested' });
      push('comment', d['comment']);
      break;
    case 'commentAdded':
      push('comment', d['text']);
      break;
    case 'offerApprovalDecided':
      if (typeof d['approved'] === 'boolean')
        out.push({ key: 'outcome', valueKey: d['approved'] ? 'approved' : 'rejected' });
      push('comment', d['comment']);
      break;
    case 'customerFieldRevealed':
      push('field', d['field']);
      break;
    case 'caseClosed':
      push('note', d['note']);
      break;
    // A complaint's finding (溯源整改): the root cause's code (named by the screen) and the remedy.
    case 'complaintFindingRecorded':
      push('rootCause', d['rootCause']);
      push('remedy', d['remedy']);
      break;
    case 'caseCancelled':
    case 'caseEscalated':
    case 'deadlineExtended':
    case 'caseLinked':
    case 'clockPaused':
      push('reason', d['reason']);
      break;
  }
  return out;
}
