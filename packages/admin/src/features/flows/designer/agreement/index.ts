/** The designer's agreement-text editor (mounted by the designer's flow-settings panel). */
export { default as AgreementEditor } from './AgreementEditor.vue';
