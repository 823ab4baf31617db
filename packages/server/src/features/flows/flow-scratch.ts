/**
 * The draft of a template created from scratch: the smallest definition the engine accepts — a start
 * step leading to an end — so that a new template can be published at once and edited from there.
 */
import type { LocalizedText } from '@parley/engine';
import type { JsonRecord } from '../definitions';

export function scratchDefinition(key: string, name: LocalizedText): JsonRecord {
  return {
    schemaVersion: 1,
    key,
    version: 1,
    name,
    roles: [{ key: 'agent', name: { zh: '客服人员', en: 'Agent' } }],
    forms: [],
    start: 'start',
    steps: [
      { kind: 'decision', key: 'start', name: { zh: '开始', en: 'Start' } },
      { kind: 'end', key: 'end', name: { zh: '结束', en: 'End' }, outcome: 'resolved' },
    ],
    transitions: [{ key: 'start-end', from: 'start', to: 'end', isDefault: true }],
  };
}
