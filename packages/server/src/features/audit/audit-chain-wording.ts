/**
 * The case audit chain check's findings in words, for the audit page: what each `reason` of
 * `verifyAudit` means to someone who is not reading the code.
 */
import type { LocalizedText } from '@parley/engine';
/** `BrokenAuditLink` as `verifyAudit` returns it (the wording fields are resolved here). */
export interface BrokenLinkView {
  caseId: string;
  seq: number;
  reason: string;
}

export type ChainBreakReason =
  'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' | 'SEQUENCE_GAP' | 'ANCHOR_MISMATCH';

const EXPLANATIONS: Record<ChainBreakReason, LocalizedText> = {
  HASH_MISMATCH: {
    zh: '该事件的内容在记录后被改动过（内容与其哈希不符）。',
    en: 'The event was altered after it was recorded (its content no longer matches its hash).',
  },
  PREVIOUS_HASH_MISMATCH: {
    zh: '该事件没有指向前一事件的哈希：前面的事件被改动、替换或删除过。',
    en: 'The event does not point to the hash of the one before it: an earlier event was altered, replaced or removed.',
  },
  SEQUENCE_GAP: {
    zh: '事件序号不连续：此序号的事件缺失。',
    en: 'The sequence has a gap: the event with this number is missing.',
  },
  ANCHOR_MISMATCH: {
    zh: '与每日锚点记录的哈希不符：锚定之后历史被重写过，或锚点本身被改动过。',
    en: 'It no longer matches the daily anchor: the history was rewritten after it was anchored, or the anchor itself was altered.',
  },
};

export function explainChainBreak(reason: string): LocalizedText {
  return (
    EXPLANATIONS[reason as ChainBreakReason] ?? {
      zh: `审计链断裂（${reason}）。`,
      en: `The audit chain is broken (${reason}).`,
    }
  );
}
