/**
 * The panel's shortcut switchboard: each step's action registers what a shortcut does for it; the panel
 * runs the first registered handler of the action (the first active step that can do it).
 */
import { inject, onBeforeUnmount, provide, type InjectionKey } from 'vue';
import type { ShortcutAction } from '../lib/shortcuts';

type Handler = () => void;
export interface ShortcutRegistry {
  register(action: ShortcutAction, handler: Handler): () => void;
  run(action: ShortcutAction): boolean;
  has(action: ShortcutAction): boolean;
}

const KEY: InjectionKey<ShortcutRegistry> = Symbol('step-action-shortcuts');

export function provideShortcutRegistry(): ShortcutRegistry {
  const handlers: { action: ShortcutAction; handler: Handler }[] = [];
  const registry: ShortcutRegistry = {
    register(action, handler) {
      const entry = { action, handler };
      handlers.push(entry);
      return () => {
        const i = handlers.indexOf(entry);
        if (i >= 0) handlers.splice(i, 1);
      };
    },
    run(action) {
      const found = handlers.find((h) => h.action === action);
      found?.handler();
      return found !== undefined;
    },
    has: (action) => handlers.some((h) => h.action === action),
  };
  provide(KEY, registry);
  return registry;
}

/** Registers handlers for this component's lifetime (no-op outside a panel). */
export function useShortcuts(entries: Partial<Record<ShortcutAction, Handler>>): void {
  const registry = inject(KEY, null);
  if (!registry) return;
  const offs = Object.entries(entries).map(([action, handler]) =>
    registry.register(action as ShortcutAction, handler as Handler),
  );
  onBeforeUnmount(() => offs.forEach((off) => off()));
}
