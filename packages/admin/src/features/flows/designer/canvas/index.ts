/** The designer canvas's public surface. */
export { default as FlowCanvas } from './FlowCanvas.vue';
export { default as StepPalette } from './StepPalette.vue';
