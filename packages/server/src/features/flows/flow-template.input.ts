/**
 * Input rules for flow templates, with bilingual messages. Checked before anything is read or written.
 * (The definition itself is checked by the engine: flow-definition.checks.ts.)
 */
import { z } from 'zod';
import { localizedTextInput } from '../complaint-categories/complaint-category.input';
import { definitionKey, msg } from '../definitions';
import { FLOW_KINDS } from './flow-template.model';

export const flowKind = z.enum(FLOW_KINDS, msg({ zh: '流程类型不正确。', en: 'Unknown kind of flow.' }));

export const createFlowTemplateInput = z
  .object({
    key: definitionKey,
    name: localizedTextInput,
    kind: flowKind,
    fromSeed: z.string().trim().nullish(),
    definition: z.unknown().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.fromSeed && input.definition != null) {
      ctx.addIssue({
        code: 'custom',
        path: ['definition'],
        ...msg({
          zh: '请在“种子模板”和“定义”之间二选一。',
          en: 'Give either a seed template or a definition, not both.',
        }),
      });
    }
  });

export type CreateFlowTemplateData = z.infer<typeof createFlowTemplateInput>;
