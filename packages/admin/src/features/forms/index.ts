/**
 * The forms feature's public surface (ADMIN.md "Shared rooms"): the one renderer of the engine's form
 * definitions and the designer's form builder, with its field list and field editor for editors that
 * arrange fields their own way (the survey editor). Import from here, not from inside the folder.
 */
export { default as FormRenderer } from './components/FormRenderer.vue';
export { default as FormBuilder } from './components/builder/FormBuilder.vue';
export { default as FieldList } from './components/builder/FieldList.vue';
export { default as FieldEditor } from './components/builder/FieldEditor.vue';
export { formDataOf, formProblems, inputsOf } from './lib/form-values';
export type { Inputs, RawInput } from './lib/form-values';
export { base64Of, fileRefsOf } from './lib/file-upload';
export type { FileRef, FileUpload } from './lib/file-upload';
export { formFieldProblems } from './lib/server-problems';
export {
  addField,
  fieldNameProblems,
  moveField,
  newField,
  removeField,
  renameField,
  uniqueName,
  updateField,
} from './lib/form-edits';
export type { FieldNameProblem, FieldPatch, NewChoiceTexts } from './lib/form-edits';
