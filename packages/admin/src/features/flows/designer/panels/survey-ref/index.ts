/** The designer's survey picker: a form of the flow, or a published survey with its pin policy. */
export { default as SurveyRefPicker } from './SurveyRefPicker.vue';
export * from './lib/survey-ref-edits';
