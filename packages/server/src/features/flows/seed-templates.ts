/**
 * The flow templates shipped with Parley: the engine's `templates/*.template.json` (bank documents
 * turned into definitions). Read once per process; a seed that the engine cannot read as a flow
 * definition is a build defect and fails loudly.
 *
 * The engine's definition format has no notion of a flow's business kind, which the API needs for
 * `SeedFlowTemplate.kind`; it is taken from a `kind` member when a seed has one, else inferred from
 * the seed's key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FlowDefinition } from '@parley/engine';
import { FLOW_KINDS, type FlowKindValue } from './flow-template.model';
import { readFlowDefinition } from './flow-definition.checks';

const templatesDir = fileURLToPath(new URL('../../../../engine/templates/', import.meta.url));

export interface SeedTemplate {
  key: string;
  name: { zh: string; en: string };
  kind: FlowKindValue;
  source: string | null;
  definition: FlowDefinition;
}

const KIND_BY_KEYWORD: readonly [RegExp, FlowKindValue][] = [
  [/complaint/, 'COMPLAINT'],
  [/negotiation|collection|hardship/, 'NEGOTIATION'],
  [/loan|credit/, 'LOAN'],
  [/survey|follow-up|satisfaction/, 'SURVEY_FOLLOW_UP'],
];

function kindOf(json: Record<string, unknown>, key: string): FlowKindValue {
  const declared = typeof json['kind'] === 'string' ? json['kind'].toUpperCase().replace(/-/g, '_') : null;
  if (declared && (FLOW_KINDS as readonly string[]).includes(declared)) return declared as FlowKindValue;
  return KIND_BY_KEYWORD.find(([re]) => re.test(key))?.[1] ?? 'SERVICE';
}

function loadSeeds(): SeedTemplate[] {
  const files = readdirSync(templatesDir)
    .filter((f) => f.endsWith('.template.json'))
    .sort();
  return files.map((file) => {
    const json = JSON.parse(readFileSync(`${templatesDir}${file}`, 'utf8')) as Record<string, unknown>;
    const read = readFlowDefinition(json);
    if (!read.ok)
      throw new Error(`Shipped template ${file} is not a flow definition: ${read.problems[0]?.message.en}`);
    const definition = read.definition;
    return {
      key: definition.key,
      name: { zh: definition.name.zh, en: definition.name.en },
      kind: kindOf(json, definition.key),
      source: definition.source ?? null,
      definition,
    };
  });
}

let cache: SeedTemplate[] | null = null;

export function seedTemplates(): readonly SeedTemplate[] {
  cache ??= loadSeeds();
  return cache;
}

export function seedTemplate(key: string): SeedTemplate | undefined {
  return seedTemplates().find((s) => s.key === key);
}
