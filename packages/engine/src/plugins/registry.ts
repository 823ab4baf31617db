import type { ActionPlugin, AnyPlugin, FieldTypePlugin, StepTypePlugin } from './plugin.types';
import { UnreachableCaseError } from '../shared/unreachable-case.error';

/**
 * An immutable set of plug-ins. There is no global registry to mutate: a host builds one with
 * `createRegistry([...builtInPlugins, ...its own])` and passes it in, so tests stay isolated.
 */
export interface PluginRegistry {
  fieldType(type: string): FieldTypePlugin | undefined;
  stepType(kind: string): StepTypePlugin | undefined;
  action(name: string): ActionPlugin | undefined;
  readonly fieldTypes: readonly FieldTypePlugin[];
  readonly stepTypes: readonly StepTypePlugin[];
  readonly actions: readonly ActionPlugin[];
  /** A new registry with these plug-ins added; the receiver is unchanged. */
  with(...plugins: readonly AnyPlugin[]): PluginRegistry;
}

export function createRegistry(plugins: readonly AnyPlugin[]): PluginRegistry {
  const fields = new Map<string, FieldTypePlugin>();
  const steps = new Map<string, StepTypePlugin>();
  const actions = new Map<string, ActionPlugin>();
  for (const plugin of plugins) {
    switch (plugin.pluginKind) {
      case 'field-type':
        addOnce(fields, plugin.type, plugin, 'field type');
        break;
      case 'step-type':
        addOnce(steps, plugin.kind, plugin, 'step type');
        break;
      case 'action':
        addOnce(actions, plugin.name, plugin, 'action');
        break;
      default:
        throw new UnreachableCaseError(plugin);
    }
  }
  const registry: PluginRegistry = {
    fieldType: (type) => fields.get(type),
    stepType: (kind) => steps.get(kind),
    action: (name) => actions.get(name),
    fieldTypes: [...fields.values()],
    stepTypes: [...steps.values()],
    actions: [...actions.values()],
    with: (...more) => createRegistry([...plugins, ...more]),
  };
  return Object.freeze(registry);
}

/** Registering the same name twice is a programming error in the host, not a user mistake. */
function addOnce<T>(map: Map<string, T>, name: string, plugin: T, what: string): void {
  if (map.has(name)) throw new Error(`Duplicate ${what} plug-in: ${name}`);
  map.set(name, plugin);
}
