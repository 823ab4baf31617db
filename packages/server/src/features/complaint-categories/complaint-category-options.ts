/**
 * What the category editor's pickers offer, read from where each thing is defined: the JR/T 0169-2018
 * vocabulary (regulatory-vocabulary.ts), and the SLA policies and form fields of the complaint flows.
 *
 * A category's `slaPolicyKey` names a policy of the complaint flow that handles it, and its
 * `requiredFields` name fields of that flow's forms, so both lists come from the newest published
 * version of every non-archived COMPLAINT flow; a fresh install with none published offers the shipped
 * complaint flow's. The built-in regulatory clock (`regulatory-complaint`, the category default) is
 * always offered.
 */
import { parseFlowDefinition, type FlowDefinition } from '@parley/engine';
import type { Models } from '../../db/models';
import { FlowTemplateService } from '../flows';
import { seedTemplates } from '../flows';
import { JRT_BUSINESS_TYPES, JRT_CAUSES, JRT_CHANNELS, type VocabularyTerm } from './regulatory-vocabulary';

export const DEFAULT_SLA_POLICY_KEY = 'regulatory-complaint';

export interface RegulatoryTermView {
  key: string;
  value: string;
  label: { zh: string; en: string };
}

export interface SlaPolicyOption {
  key: string;
  name: { zh: string; en: string };
  flowKeys: string[];
}

export interface FieldOption {
  name: string;
  label: { zh: string; en: string };
  form: { zh: string; en: string };
  type: string;
}

export interface CategoryOptions {
  jrtBusinessTypes: RegulatoryTermView[];
  jrtCauses: RegulatoryTermView[];
  jrtChannels: RegulatoryTermView[];
  slaPolicies: SlaPolicyOption[];
  fields: FieldOption[];
}

const termView = (t: VocabularyTerm): RegulatoryTermView => ({
  key: t.key,
  value: t.zh,
  label: { zh: t.zh, en: t.en },
});

export const BUILT_IN_SLA_POLICY: SlaPolicyOption = {
  key: DEFAULT_SLA_POLICY_KEY,
  name: {
    zh: '监管投诉时限（15 日，可延至 30 日，再延 30 日）',
    en: 'Regulatory complaint clock (15 days, extendable to 30, then 30 more)',
  },
  flowKeys: [],
};

/** The newest published definitions of the non-archived complaint flows; the shipped one when none. */
async function complaintFlows(models: Models): Promise<FlowDefinition[]> {
  const templates = await models.FlowTemplate.find({ kind: 'COMPLAINT', archived: false }, { _id: 1, key: 1 })
    .lean<{ key: string }[]>()
    .exec();
  const service = new FlowTemplateService(models);
  const published: FlowDefinition[] = [];
  for (const t of templates.sort((a, b) => a.key.localeCompare(b.key))) {
    const version = await service.version(t.key);
    if (version) published.push(parseFlowDefinition(JSON.parse(version.definitionJson)));
  }
  if (published.length > 0) return published;
  return seedTemplates()
    .filter((s) => s.kind === 'COMPLAINT')
    .map((s) => s.definition);
}

export function optionsFrom(
  flows: readonly FlowDefinition[],
): Pick<CategoryOptions, 'slaPolicies' | 'fields'> {
  const policies = new Map<string, SlaPolicyOption>([[BUILT_IN_SLA_POLICY.key, BUILT_IN_SLA_POLICY]]);
  const fields = new Map<string, FieldOption>();
  for (const flow of flows) {
    for (const rule of flow.sla?.rules ?? []) {
      const id = rule.policy.id;
      const known = policies.get(id);
      if (known) {
        if (!known.flowKeys.includes(flow.key)) known.flowKeys = [...known.flowKeys, flow.key];
        continue;
      }
      const name = rule.policy.name ?? { zh: id, en: id };
      policies.set(id, { key: id, name: { zh: name.zh, en: name.en }, flowKeys: [flow.key] });
    }
    for (const form of flow.forms ?? []) {
      for (const el of form.elements) {
        if (fields.has(el.name)) continue;
        fields.set(el.name, {
          name: el.name,
          label: { zh: el.title.zh, en: el.title.en },
          form: { zh: form.title.zh, en: form.title.en },
          type: el.type,
        });
      }
    }
  }
  return { slaPolicies: [...policies.values()], fields: [...fields.values()] };
}

export async function categoryOptions(models: Models): Promise<CategoryOptions> {
  const channels = JRT_CHANNELS.flatMap((c) => [c, ...(c.items ?? [])]);
  return {
    jrtBusinessTypes: JRT_BUSINESS_TYPES.map(termView),
    jrtCauses: JRT_CAUSES.map(termView),
    jrtChannels: channels.map(termView),
    ...optionsFrom(await complaintFlows(models)),
  };
}
