/**
 * What changed between two flow versions, for the designer's review and the release notes: steps by
 * key, transitions by `from→to`, form fields by `form.field`, and whether the SLA and offer policies
 * changed. Rules are compared where they sit (guards with transitions, visibility with fields,
 * assignment with steps, SLA selection with the SLA policy). Everything is compared as canonical JSON,
 * so key order never counts as a change.
 */
import type { FlowDefinition } from '@parley/engine';
import { canonicalJson } from '../definitions/canonical-json';

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
}

/** Label → canonical content; labels keep first-seen order. */
type Keyed = Map<string, string>;

function compare(older: Keyed, newer: Keyed): { added: string[]; removed: string[]; changed: string[] } {
  return {
    added: [...newer.keys()].filter((k) => !older.has(k)),
    removed: [...older.keys()].filter((k) => !newer.has(k)),
    changed: [...newer.keys()].filter((k) => older.has(k) && older.get(k) !== newer.get(k)),
  };
}

function steps(def: FlowDefinition): Keyed {
  return new Map(def.steps.map((s) => [s.key, canonicalJson(s)]));
}

/**
 * Transitions grouped by `from→to`: several edges between the same two steps (one per outcome) form
 * one entry, changed when any of them changes. Transition keys are names, not content, so a renamed
 * key alone is no change.
 */
function transitions(def: FlowDefinition): Keyed {
  const groups = new Map<string, string[]>();
  for (const t of def.transitions) {
    const { key: _key, ...content } = t;
    const label = `${t.from}→${t.to}`;
    groups.set(label, [...(groups.get(label) ?? []), canonicalJson(content)]);
  }
  return new Map([...groups].map(([label, members]) => [label, members.sort().join('\n')]));
}

function fields(def: FlowDefinition): Keyed {
  const out: Keyed = new Map();
  for (const form of def.forms)
    for (const f of form.elements) out.set(`${form.key}.${f.name}`, canonicalJson(f));
  return out;
}

export function diffFlows(older: FlowDefinition, newer: FlowDefinition): FlowDiff {
  const s = compare(steps(older), steps(newer));
  const t = compare(transitions(older), transitions(newer));
  const f = compare(fields(older), fields(newer));
  return {
    stepsAdded: s.added,
    stepsRemoved: s.removed,
    stepsChanged: s.changed,
    transitionsAdded: t.added,
    transitionsRemoved: t.removed,
    transitionsChanged: t.changed,
    fieldsAdded: f.added,
    fieldsRemoved: f.removed,
    fieldsChanged: f.changed,
    slaChanged: canonicalJson(older.sla ?? null) !== canonicalJson(newer.sla ?? null),
    offerPolicyChanged: canonicalJson(older.offerPolicy ?? null) !== canonicalJson(newer.offerPolicy ?? null),
  };
}
