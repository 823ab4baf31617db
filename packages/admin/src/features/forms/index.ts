/**
 * The forms feature's public surface (ADMIN.md "Shared rooms"): the one renderer of the engine's form
 * definitions and the designer's form builder. Import from here, not from inside the folder.
 */
export { default as FormRenderer } from './components/FormRenderer.vue';
export { default as FormBuilder } from './components/builder/FormBuilder.vue';
export { formDataOf, formProblems, inputsOf } from './lib/form-values';
export type { Inputs, RawInput } from './lib/form-values';
