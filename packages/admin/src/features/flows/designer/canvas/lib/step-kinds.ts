/**
 * What the canvas knows about step kinds: the kinds the palette offers (every step-type plug-in in the
 * registry, built-in or not), each kind's glyph, and the shape its node takes so branches read at a
 * glance. Names come from the canvas's locale files for built-in kinds and from the plug-in's label
 * otherwise.
 */
import type { LocalizedText, PluginRegistry } from '@parley/engine';

/** How a node is drawn: a plain task, a branching diamond, the bars of a parallel split/join, an end. */
export type StepShape = 'task' | 'decision' | 'split' | 'join' | 'end' | 'wait' | 'auto';

/**
 * One glyph per built-in kind (all different), from plain Unicode symbols that ordinary system fonts
 * carry (no emoji font needed); U+FE0E asks for the text form of those that also exist as emoji.
 * Plug-in kinds share the boxed plus.
 */
const TEXT = '\uFE0E';
const ICONS: Readonly<Record<string, string>> = {
  form: '\u270E',
  review: `\u2611${TEXT}`,
  communication: `\u260E${TEXT}`,
  plan: '\u25A4',
  confirmation: `\u2714${TEXT}`,
  signature: `\u270D${TEXT}`,
  survey: '\u2605',
  notification: `\u2709${TEXT}`,
  action: `\u2699${TEXT}`,
  wait: '\u25F7',
  decision: '\u25C6',
  'parallel-split': '\u21F6',
  'parallel-join': '\u22C8',
  subflow: '\u2387',
  end: `\u2691${TEXT}`,
};
export const PLUGIN_ICON = '\u229E';

export function iconOf(kind: string): string {
  return ICONS[kind] ?? PLUGIN_ICON;
}

export function shapeOf(kind: string): StepShape {
  switch (kind) {
    case 'decision':
      return 'decision';
    case 'parallel-split':
      return 'split';
    case 'parallel-join':
      return 'join';
    case 'end':
      return 'end';
    case 'wait':
      return 'wait';
    case 'action':
    case 'notification':
      return 'auto';
    default:
      return 'task';
  }
}

export interface PaletteKind {
  readonly kind: string;
  readonly icon: string;
  /** True for kinds Parley ships (their names live in the canvas's locale files). */
  readonly builtIn: boolean;
  /** The plug-in's own label (used for kinds without a name in the locale files). */
  readonly label: LocalizedText;
}

/** Every step kind the registry knows, in registration order (built-ins first). */
export function paletteKinds(registry: PluginRegistry): PaletteKind[] {
  return registry.stepTypes.map((p) => ({
    kind: p.kind,
    icon: iconOf(p.kind),
    builtIn: p.kind in ICONS,
    label: p.label,
  }));
}

/** `parallel-split` → `parallelSplit`: message keys for kinds and outcomes. */
export function messageKey(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
