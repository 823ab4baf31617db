/**
 * What changed between two flow versions, for the designer's review and the release notes: the engine's
 * `diffDefinitions` (steps by key, transitions by `from→to`, form fields by `form.field`, flow settings by
 * property, each change with its values before and after), plus the key lists and the SLA / offer policy
 * flags the API has always had. Everything is compared as canonical JSON, so key order never counts.
 */
import { diffDefinitions, type DefinitionChange, type FlowDefinition } from '@parley/engine';
import type { FlowChange } from '../../../generated/resolvers-types';

/** The schema's form of an engine change: enum names in capitals, a value not set is null. */
function toFlowChange(c: DefinitionChange): FlowChange {
  return {
    area:
      c.area === 'step'
        ? 'STEP'
        : c.area === 'transition'
          ? 'TRANSITION'
          : c.area === 'field'
            ? 'FIELD'
            : 'FLOW',
    key: c.key,
    kind: c.kind === 'added' ? 'ADDED' : c.kind === 'removed' ? 'REMOVED' : 'CHANGED',
    values: c.values.map((v) => ({ path: v.path, before: v.before ?? null, after: v.after ?? null })),
  };
}

export interface FlowDiff {
  stepsAdded: string[];
  stepsRemoved: string[];
  stepsChanged: string[];
  transitionsAdded: string[];
  transitionsRemoved: string[];
  transitionsChanged: string[];
  fieldsAdded: string[];
  fieldsRemoved: string[];
  fieldsChanged: string[];
  slaChanged: boolean;
  offerPolicyChanged: boolean;
  /** Every change with its values (`FlowDiff.changes` in the schema). */
  changes: FlowChange[];
}

export function diffFlows(older: FlowDefinition, newer: FlowDefinition): FlowDiff {
  const d = diffDefinitions(older, newer);
  const flowChanged = (key: string): boolean => d.changes.some((c) => c.area === 'flow' && c.key === key);
  return {
    stepsAdded: [...d.steps.added],
    stepsRemoved: [...d.steps.removed],
    stepsChanged: [...d.steps.changed],
    transitionsAdded: [...d.transitions.added],
    transitionsRemoved: [...d.transitions.removed],
    transitionsChanged: [...d.transitions.changed],
    fieldsAdded: [...d.fields.added],
    fieldsRemoved: [...d.fields.removed],
    fieldsChanged: [...d.fields.changed],
    slaChanged: flowChanged('sla'),
    offerPolicyChanged: flowChanged('offerPolicy'),
    changes: d.changes.map(toFlowChange),
  };
}
