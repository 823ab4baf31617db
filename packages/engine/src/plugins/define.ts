import type { FieldDefinition } from '../forms/form.types';
import type { StepDefinition } from '../definition/step.types';
import type { ActionPlugin, FieldTypePlugin, StepTypePlugin } from './plugin.types';

/*
 * The `define*` helpers exist for their types: they tie a plug-in's options to the shape of the
 * field, step or action it handles, and tag it for the registry. Built-ins use them too.
 */

export function defineFieldType<F extends FieldDefinition>(
  plugin: Omit<FieldTypePlugin<F>, 'pluginKind'>,
): FieldTypePlugin<F> {
  return { pluginKind: 'field-type', ...plugin };
}

export function defineStepType<S extends StepDefinition>(
  plugin: Omit<StepTypePlugin<S>, 'pluginKind'>,
): StepTypePlugin<S> {
  return { pluginKind: 'step-type', ...plugin };
}

export function defineAction<O extends object>(plugin: Omit<ActionPlugin<O>, 'pluginKind'>): ActionPlugin<O> {
  return { pluginKind: 'action', ...plugin };
}
