/**
 * The designer's edits: pure functions from one flow definition to the next. None mutates its input,
 * so the history can keep every version as a snapshot. The canvas, the panels and the shortcuts all
 * change the document through these (via the designer store's `apply`).
 */
import type {
  FlowDefinition,
  FormDefinition,
  StepDefinition,
  StepKind,
  StepPosition,
  TransitionDefinition,
} from '@parley/engine';

/** Keys as the engine accepts them for steps and transitions. */
const KEY_SAFE = /[^a-z0-9-]+/g;

/** `base`, or `base-2`, `base-3` … whichever is not in `taken`. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  const clean =
    base
      .toLowerCase()
      .replace(KEY_SAFE, '-')
      .replace(/^-+|-+$/g, '') || 'step';
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n++) if (!taken.has(`${clean}-${n}`)) return `${clean}-${n}`;
}

function stepKeys(doc: FlowDefinition): Set<string> {
  return new Set(doc.steps.map((s) => s.key));
}

const KIND_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  form: { zh: '填写表单', en: 'Form' },
  review: { zh: '审核', en: 'Review' },
  communication: { zh: '联系客户', en: 'Contact' },
  plan: { zh: '拟定方案', en: 'Plan' },
  confirmation: { zh: '客户确认', en: 'Confirmation' },
  signature: { zh: '签署', en: 'Signature' },
  survey: { zh: '满意度调查', en: 'Survey' },
  notification: { zh: '通知', en: 'Notification' },
  action: { zh: '自动操作', en: 'Action' },
  wait: { zh: '等待', en: 'Wait' },
  decision: { zh: '判断', en: 'Decision' },
  'parallel-split': { zh: '并行拆分', en: 'Parallel split' },
  'parallel-join': { zh: '并行汇合', en: 'Parallel join' },
  subflow: { zh: '子流程', en: 'Subflow' },
  end: { zh: '结束', en: 'End' },
};

/**
 * A new step of `kind` with a unique key and the kind's required settings filled with defaults, so it
 * validates as far as it can on its own. A form step gets a new empty form of its own.
 */
export function newStep(
  doc: FlowDefinition,
  kind: StepKind,
): { step: StepDefinition; form?: FormDefinition } {
  const key = uniqueKey(kind, stepKeys(doc));
  const name = KIND_NAMES[kind] ?? { zh: kind, en: kind };
  const common = { key, name: { ...name } };
  const firstRole = doc.roles[0]?.key ?? '';
  switch (kind) {
    case 'form': {
      const formKey = uniqueKey(`${key}-form`, new Set(doc.forms.map((f) => f.key)));
      const form: FormDefinition = { key: formKey, title: { ...name }, elements: [] };
      return { step: { ...common, kind, form: formKey }, form };
    }
    case 'review':
      return { step: { ...common, kind, requiredRole: firstRole } };
    case 'communication':
      return { step: { ...common, kind, channels: ['phone'] } };
    case 'signature':
      return { step: { ...common, kind, signer: 'customer' } };
    case 'survey':
      return { step: { ...common, kind, survey: doc.survey ?? '' } };
    case 'notification':
      return { step: { ...common, kind, channel: 'sms', recipient: 'customer', template: '' } };
    case 'action':
      return { step: { ...common, kind, action: 'webhook', options: {} } };
    case 'wait':
      return { step: { ...common, kind, duration: 'P1D' } };
    case 'parallel-join': {
      const split = doc.steps.find((s) => s.kind === 'parallel-split')?.key ?? '';
      return { step: { ...common, kind, split } };
    }
    case 'subflow':
      return { step: { ...common, kind, template: '', wait: true } };
    case 'end':
      return { step: { ...common, kind, outcome: 'resolved' } };
    case 'plan':
    case 'confirmation':
    case 'decision':
    case 'parallel-split':
      return { step: { ...common, kind } };
    default:
      return { step: { ...common, kind, options: {} } as StepDefinition };
  }
}

/** Adds a step at `position`; the first step of an empty flow becomes its start. */
export function addStep(
  doc: FlowDefinition,
  step: StepDefinition,
  position: StepPosition,
  form?: FormDefinition,
): FlowDefinition {
  return {
    ...doc,
    steps: [...doc.steps, step],
    forms: form ? [...doc.forms, form] : doc.forms,
    start: doc.steps.length === 0 ? step.key : doc.start,
    layout: { ...doc.layout, [step.key]: position },
  };
}

/** Replaces one step by what `change` makes of it. */
export function updateStep(
  doc: FlowDefinition,
  key: string,
  change: (step: StepDefinition) => StepDefinition,
): FlowDefinition {
  let changed = false;
  const steps = doc.steps.map((s) => {
    if (s.key !== key) return s;
    const next = change(s);
    changed ||= next !== s;
    return next;
  });
  return changed ? { ...doc, steps } : doc;
}

/** Gives a step a new key and follows it everywhere the key is referred to. */
export function renameStep(doc: FlowDefinition, from: string, to: string): FlowDefinition {
  if (from === to || stepKeys(doc).has(to) || !stepKeys(doc).has(from)) return doc;
  const swap = (k: string): string => (k === from ? to : k);
  const layout = doc.layout ? renameLayout(doc.layout, from, to) : undefined;
  return {
    ...doc,
    start: swap(doc.start),
    steps: doc.steps.map((s) => {
      const renamed = s.key === from ? { ...s, key: to } : s;
      return renamed.kind === 'parallel-join' && renamed.split === from ? { ...renamed, split: to } : renamed;
    }),
    transitions: doc.transitions.map((t) =>
      t.from === from || t.to === from ? { ...t, from: swap(t.from), to: swap(t.to) } : t,
    ),
    ...(layout ? { layout } : {}),
    ...(doc.sla
      ? {
          sla: {
            ...doc.sla,
            rules: doc.sla.rules.map((r) =>
              r.policy.pauseInStates?.includes(from)
                ? { ...r, policy: { ...r.policy, pauseInStates: r.policy.pauseInStates.map(swap) } }
                : r,
            ),
          },
        }
      : {}),
  };
}

function renameLayout(
  layout: Readonly<Record<string, StepPosition>>,
  from: string,
  to: string,
): Record<string, StepPosition> {
  const out: Record<string, StepPosition> = {};
  for (const [k, p] of Object.entries(layout)) out[k === from ? to : k] = p;
  return out;
}

/**
 * Removes steps and every transition that touches them. When the start goes, the first remaining
 * step becomes the start (the validator then says whether that makes sense).
 */
export function removeSteps(doc: FlowDefinition, keys: readonly string[]): FlowDefinition {
  const gone = new Set(keys);
  if (!doc.steps.some((s) => gone.has(s.key))) return doc;
  const steps = doc.steps.filter((s) => !gone.has(s.key));
  const layout = Object.fromEntries(Object.entries(doc.layout ?? {}).filter(([k]) => !gone.has(k)));
  return {
    ...doc,
    steps,
    transitions: doc.transitions.filter((t) => !gone.has(t.from) && !gone.has(t.to)),
    start: gone.has(doc.start) ? (steps[0]?.key ?? '') : doc.start,
    layout,
  };
}

/** Moves steps on the canvas. */
export function moveSteps(
  doc: FlowDefinition,
  positions: Readonly<Record<string, StepPosition>>,
): FlowDefinition {
  const known = stepKeys(doc);
  const moves = Object.entries(positions).filter(([k, p]) => {
    const now = doc.layout?.[k];
    return known.has(k) && (!now || now.x !== p.x || now.y !== p.y);
  });
  if (moves.length === 0) return doc;
  return { ...doc, layout: { ...doc.layout, ...Object.fromEntries(moves) } };
}

/** Connects two steps with a new transition (a unique key `from-to`). */
export function connect(
  doc: FlowDefinition,
  from: string,
  to: string,
  extra: Partial<Omit<TransitionDefinition, 'key' | 'from' | 'to'>> = {},
): { doc: FlowDefinition; key: string } {
  const key = uniqueKey(`${from}-${to}`, new Set(doc.transitions.map((t) => t.key)));
  return { doc: { ...doc, transitions: [...doc.transitions, { key, from, to, ...extra }] }, key };
}

export function updateTransition(
  doc: FlowDefinition,
  key: string,
  change: (t: TransitionDefinition) => TransitionDefinition,
): FlowDefinition {
  let changed = false;
  const transitions = doc.transitions.map((t) => {
    if (t.key !== key) return t;
    const next = change(t);
    changed ||= next !== t;
    return next;
  });
  return changed ? { ...doc, transitions } : doc;
}

export function removeTransitions(doc: FlowDefinition, keys: readonly string[]): FlowDefinition {
  const gone = new Set(keys);
  const transitions = doc.transitions.filter((t) => !gone.has(t.key));
  return transitions.length === doc.transitions.length ? doc : { ...doc, transitions };
}

/** Replaces one form (by key), or adds it. */
export function putForm(doc: FlowDefinition, form: FormDefinition): FlowDefinition {
  const at = doc.forms.findIndex((f) => f.key === form.key);
  if (at < 0) return { ...doc, forms: [...doc.forms, form] };
  if (doc.forms[at] === form) return doc;
  return { ...doc, forms: doc.forms.map((f, i) => (i === at ? form : f)) };
}

/** What copy puts on the clipboard: steps, the transitions among them, their places and forms. */
export interface StepClipboard {
  readonly steps: readonly StepDefinition[];
  readonly transitions: readonly TransitionDefinition[];
  readonly layout: Readonly<Record<string, StepPosition>>;
  readonly forms: readonly FormDefinition[];
}

export function copySteps(doc: FlowDefinition, keys: readonly string[]): StepClipboard {
  const picked = new Set(keys);
  const steps = doc.steps.filter((s) => picked.has(s.key));
  const formKeys = new Set(steps.flatMap((s) => ('form' in s && s.form ? [s.form] : [])));
  return {
    steps,
    transitions: doc.transitions.filter((t) => picked.has(t.from) && picked.has(t.to)),
    layout: Object.fromEntries(Object.entries(doc.layout ?? {}).filter(([k]) => picked.has(k))),
    forms: doc.forms.filter((f) => formKeys.has(f.key)),
  };
}

/**
 * Pastes a clipboard `offset` pixels away: steps and transitions get fresh keys where theirs are taken;
 * forms the document lacks (a paste from another flow) are added, forms it has are shared.
 */
export function pasteSteps(
  doc: FlowDefinition,
  clip: StepClipboard,
  offset: StepPosition = { x: 40, y: 40 },
): { doc: FlowDefinition; keys: string[] } {
  const takenSteps = stepKeys(doc);
  const rename = new Map<string, string>();
  for (const s of clip.steps) {
    const key = uniqueKey(s.key, takenSteps);
    takenSteps.add(key);
    rename.set(s.key, key);
  }
  const newKey = (k: string): string => rename.get(k) ?? k;
  const takenTransitions = new Set(doc.transitions.map((t) => t.key));
  const transitions = clip.transitions.map((t) => {
    const key = uniqueKey(t.key, takenTransitions);
    takenTransitions.add(key);
    return { ...t, key, from: newKey(t.from), to: newKey(t.to) };
  });
  const steps = clip.steps.map((s) => {
    const moved = { ...s, key: newKey(s.key) };
    return moved.kind === 'parallel-join' ? { ...moved, split: newKey(moved.split) } : moved;
  });
  const layout: Record<string, StepPosition> = { ...doc.layout };
  clip.steps.forEach((s, i) => {
    const p = clip.layout[s.key] ?? { x: i * 40, y: i * 40 };
    layout[newKey(s.key)] = { x: p.x + offset.x, y: p.y + offset.y };
  });
  const haveForms = new Set(doc.forms.map((f) => f.key));
  const forms = [...doc.forms, ...clip.forms.filter((f) => !haveForms.has(f.key))];
  return {
    doc: {
      ...doc,
      steps: [...doc.steps, ...steps],
      transitions: [...doc.transitions, ...transitions],
      forms,
      start: doc.steps.length === 0 && steps[0] ? steps[0].key : doc.start,
      layout,
    },
    keys: steps.map((s) => s.key),
  };
}
