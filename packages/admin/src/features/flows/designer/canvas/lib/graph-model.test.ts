import { describe, expect, it } from 'vitest';
import {
  buildRuleScope,
  defaultRegistry,
  describeRule,
  findTemplate,
  type FlowDefinition,
} from '@parley/engine';
import type { DesignerProblem } from '../../lib/problem-targets';
import { canvasHighlight } from './highlight';
import { byId, shorten, toEdges, toNodes, type GraphInput } from './graph-model';
import { positionsFor } from './auto-layout';

function minsheng(): FlowDefinition {
  const t = findTemplate('minsheng-e-negotiation');
  if (!t) throw new Error('seed missing');
  return t;
}

function input(doc: FlowDefinition, over: Partial<GraphInput> = {}): GraphInput {
  const scope = buildRuleScope(doc, defaultRegistry);
  return {
    lang: 'zh',
    positions: positionsFor(doc),
    problems: new Map(),
    selection: { steps: [], transitions: [] },
    kindName: (k) => `kind:${k}`,
    outcomeName: (o) => (o === 'resolved' ? '已解决' : o),
    describe: (r) => describeRule(r, 'zh', scope),
    ...over,
  };
}

const problem = (severity: 'error' | 'warning', zh: string, stepKey: string): DesignerProblem => ({
  code: 'X',
  severity,
  message: { zh, en: zh.toUpperCase() },
  path: '',
  target: { kind: 'step', stepKey },
});

describe('graph model', () => {
  it('makes one node per step at its position, in the UI language, with the start marked', () => {
    const doc = minsheng();
    const nodes = toNodes(doc, input(doc));
    expect(nodes.map((n) => n.id)).toEqual(doc.steps.map((s) => s.key));
    const start = nodes.find((n) => n.id === doc.start);
    expect(start?.data.isStart).toBe(true);
    expect(nodes.filter((n) => n.data.isStart)).toHaveLength(1);
    const first = doc.steps[0]!;
    expect(nodes[0]).toMatchObject({
      type: 'step',
      position: positionsFor(doc)[first.key],
      data: { name: first.name.zh, kind: first.kind, kindName: `kind:${first.kind}` },
    });
    const en = toNodes(doc, input(doc, { lang: 'en' }));
    expect(en[0]!.data.name).toBe(first.name.en);
  });

  it('never hands the document’s own position objects to the canvas', () => {
    const doc = minsheng();
    const positions = positionsFor(doc);
    const nodes = toNodes(doc, input(doc, { positions }));
    expect(nodes[0]!.position).toEqual(positions[nodes[0]!.id]);
    expect(nodes[0]!.position).not.toBe(positions[nodes[0]!.id]);
  });

  it('shows an END step’s outcome and the problems on a step', () => {
    const doc = minsheng();
    const end = doc.steps.find((s) => s.kind === 'end' && s.outcome === 'resolved')!;
    const other = doc.steps.find((s) => s.kind !== 'end')!;
    const problems = new Map([
      [end.key, [problem('warning', '注意', end.key)]],
      [other.key, [problem('warning', '注意', other.key), problem('error', '错误', other.key)]],
    ]);
    const nodes = byId(toNodes(doc, input(doc, { problems })));
    expect(nodes.get(end.key)!.data.outcome).toBe('已解决');
    expect(nodes.get(end.key)!.data.problems).toEqual({ severity: 'warning', count: 1, messages: ['注意'] });
    expect(nodes.get(other.key)!.data.problems).toEqual({
      severity: 'error',
      count: 2,
      messages: ['注意', '错误'],
    });
    expect(nodes.get(other.key)!.data.outcome).toBeNull();
  });

  it('makes one edge per transition with its outcome, default flag and guard as a sentence', () => {
    const doc = minsheng();
    const edges = toEdges(doc, input(doc));
    expect(edges.map((e) => e.id)).toEqual(doc.transitions.map((t) => t.key));
    const guarded = doc.transitions.find((t) => t.guard)!;
    const e = edges.find((x) => x.id === guarded.key)!;
    expect(e.source).toBe(guarded.from);
    expect(e.target).toBe(guarded.to);
    const sentence = describeRule(guarded.guard!, 'zh', buildRuleScope(doc, defaultRegistry));
    expect(e.data.guard).toBe(sentence);
    expect(e.data.guardShort).toBe(shorten(sentence));
    const withOn = doc.transitions.find((t) => t.on)!;
    expect(edges.find((x) => x.id === withOn.key)!.data.on).toBe(withOn.on);
    const dflt = doc.transitions.find((t) => t.isDefault);
    if (dflt) expect(edges.find((x) => x.id === dflt.key)!.data.isDefault).toBe(true);
  });

  it('shortens long guards with an ellipsis and leaves short ones', () => {
    expect(shorten('短句')).toBe('短句');
    const long = 'x'.repeat(40);
    expect(shorten(long)).toHaveLength(28);
    expect(shorten(long).endsWith('…')).toBe(true);
  });

  it('marks selected steps and transitions', () => {
    const doc = minsheng();
    const sel = { steps: [doc.steps[1]!.key], transitions: [doc.transitions[0]!.key] };
    const nodes = toNodes(doc, input(doc, { selection: sel }));
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(sel.steps);
    const edges = toEdges(doc, input(doc, { selection: sel }));
    expect(edges.filter((e) => e.selected).map((e) => e.id)).toEqual(sel.transitions);
  });

  it('keeps the previous objects of unchanged nodes and edges, and replaces changed ones', () => {
    const doc = minsheng();
    const before = toNodes(doc, input(doc));
    const beforeEdges = toEdges(doc, input(doc));
    const moved = doc.steps[2]!.key;
    const positions = { ...positionsFor(doc), [moved]: { x: 9999, y: 9999 } };
    const renamed = {
      ...doc,
      steps: doc.steps.map((s, i) => (i === 3 ? { ...s, name: { zh: '新名字', en: 'New' } } : s)),
    };
    const after = toNodes(renamed, input(renamed, { positions }), byId(before));
    after.forEach((n, i) => {
      if (i === 2 || i === 3) expect(n).not.toBe(before[i]);
      else expect(n).toBe(before[i]);
    });
    expect(after[3]!.data.name).toBe('新名字');
    const afterEdges = toEdges(renamed, input(renamed), byId(beforeEdges));
    afterEdges.forEach((e, i) => expect(e).toBe(beforeEdges[i]));
  });

  it('carries the highlight to each node and edge, replacing only the objects whose mark changed', () => {
    const doc = minsheng();
    const plain = toNodes(doc, input(doc));
    const plainEdges = toEdges(doc, input(doc));
    expect(plain[0]!.data.highlight).toEqual({ mark: null, dimmed: false });
    const step = doc.steps[1]!.key;
    const edge = doc.transitions[0]!.key;
    const highlight = canvasHighlight(
      { steps: new Map([[step, 'changed']]), transitions: new Map([[edge, 'added']]) },
      null,
    );
    const nodes = toNodes(doc, input(doc, { highlight }), byId(plain));
    expect(nodes[1]!.data.highlight.mark).toBe('changed');
    expect(nodes[1]).not.toBe(plain[1]);
    expect(nodes[2]).toBe(plain[2]);
    const edges = toEdges(doc, input(doc, { highlight }), byId(plainEdges));
    expect(edges[0]!.data.highlight.mark).toBe('added');
    expect(edges[1]).toBe(plainEdges[1]);
    const run = canvasHighlight(null, { visited: new Set([step]), active: new Set(), taken: new Set() });
    const dimmed = toNodes(doc, input(doc, { highlight: run }), byId(nodes));
    expect(dimmed[1]!.data.highlight).toEqual({ mark: 'visited', dimmed: false });
    expect(dimmed[2]!.data.highlight).toEqual({ mark: null, dimmed: true });
  });

  it('skips transitions whose ends are missing', () => {
    const doc = minsheng();
    const broken = {
      ...doc,
      transitions: [...doc.transitions, { key: 'dangling', from: doc.start, to: 'nowhere' }],
    };
    expect(toEdges(broken, input(broken)).some((e) => e.id === 'dangling')).toBe(false);
  });
});
