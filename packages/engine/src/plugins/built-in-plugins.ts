import type { AnyPlugin } from './plugin.types';
import { createRegistry } from './registry';
import type { PluginRegistry } from './registry';
import { builtInFieldTypes } from './built-in-field-types';
import { builtInStepTypes } from './built-in-step-types';
import { builtInActions } from './built-in-actions';

/** The plug-ins Parley ships, registered through the same API as anyone else's. */
export const builtInPlugins: readonly AnyPlugin[] = [
  ...builtInFieldTypes,
  ...builtInStepTypes,
  ...builtInActions,
];

/** The registry used when a caller passes none. Immutable: extend it with `.with(...)`. */
export const defaultRegistry: PluginRegistry = createRegistry(builtInPlugins);
