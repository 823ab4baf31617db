/**
 * Input rules for flow templates, with bilingual messages. Checked before anything is read or written.
 * (The definition itself is checked by the engine: flow-definition.checks.ts.)
 */
import { z } from 'zod';
import type { Messages } from '../../errors/app-error';
import { badInput } from '../../errors/app-error';
import { localizedTextInput } from '../complaint-categories/complaint-category.input';
import { FLOW_KINDS } from './flow-template.model';

const msg = (m: Messages) => ({ message: JSON.stringify(m) });

export const KEY_RULE: Messages = {
  zh: '键须为 3–60 个小写字母、数字或 "-"，并以字母开头。',
  en: 'The key must be 3–60 characters of a–z, 0–9 or "-", starting with a letter.',
};
export const KEY_PATTERN = /^[a-z][a-z0-9-]{2,59}$/;

export const templateKey = z.string().trim().regex(KEY_PATTERN, msg(KEY_RULE));

export const flowKind = z.enum(FLOW_KINDS, msg({ zh: '流程类型不正确。', en: 'Unknown kind of flow.' }));

export const createFlowTemplateInput = z
  .object({
    key: templateKey,
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

export const RELEASE_NOTES_MAX = 2000;

/** Trimmed release notes; empty means none. */
export function releaseNotesInput(
  value: string | null | undefined,
  fieldPath: readonly string[],
): string | null {
  const notes = value?.trim() ?? '';
  if ([...notes].length > RELEASE_NOTES_MAX) {
    throw badInput(fieldPath, {
      zh: `发布说明不能超过 ${RELEASE_NOTES_MAX} 个字符。`,
      en: `Release notes must be at most ${RELEASE_NOTES_MAX} characters.`,
    });
  }
  return notes || null;
}

/** Keys of existing templates are looked up as given; a malformed one cannot exist. */
export function isTemplateKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}
