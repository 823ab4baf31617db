/**
 * The flow templates shipped with Parley: the engine's catalog (`FLOW_TEMPLATES`, built from the seed
 * documents), offered by `seedFlowTemplates` and copied by `createFlowTemplate(fromSeed)`.
 *
 * The engine's definition format has no business kind, which `SeedFlowTemplate.kind` needs: the
 * shipped seeds are classified here; a seed added to the engine later falls back to its key's words.
 */
import { FLOW_TEMPLATES, type FlowDefinition, type LocalizedText } from '@parley/engine';
import type { FlowKindValue } from './flow-template.model';

export interface SeedTemplate {
  key: string;
  name: LocalizedText;
  kind: FlowKindValue;
  source: string | null;
  definition: FlowDefinition;
}

const SEED_KINDS: Readonly<Record<string, FlowKindValue>> = {
  'minsheng-e-negotiation': 'NEGOTIATION',
  'xw-bank-negotiation-policy': 'NEGOTIATION',
  'cmbc-negotiation-mechanism': 'NEGOTIATION',
  'icbc-negotiation-scheme': 'NEGOTIATION',
  'enterprise-reception': 'SERVICE',
  'service-plan-superior-review': 'SERVICE',
  'complaint-handling': 'COMPLAINT',
  'satisfaction-follow-up': 'SURVEY_FOLLOW_UP',
  'loan-application': 'LOAN',
  // Reminders of overdue instalments are post-loan work (seed 004 ch. 4.3), not a negotiation.
  'overdue-reminders': 'LOAN',
};

const KIND_BY_KEYWORD: readonly [RegExp, FlowKindValue][] = [
  [/complaint/, 'COMPLAINT'],
  [/negotiation|hardship/, 'NEGOTIATION'],
  [/loan|credit|overdue/, 'LOAN'],
  [/survey|follow-up|satisfaction/, 'SURVEY_FOLLOW_UP'],
];

function kindOf(key: string): FlowKindValue {
  return SEED_KINDS[key] ?? KIND_BY_KEYWORD.find(([re]) => re.test(key))?.[1] ?? 'SERVICE';
}

let cache: SeedTemplate[] | null = null;

export function seedTemplates(): readonly SeedTemplate[] {
  cache ??= FLOW_TEMPLATES.map((definition) => ({
    key: definition.key,
    name: { zh: definition.name.zh, en: definition.name.en },
    kind: kindOf(definition.key),
    source: definition.source ?? null,
    definition,
  }));
  return cache;
}

export function seedTemplate(key: string): SeedTemplate | undefined {
  return seedTemplates().find((s) => s.key === key);
}
