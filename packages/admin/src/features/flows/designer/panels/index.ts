/** The designer's property panels: public surface. */
export { default as PropertyPanel } from './PropertyPanel.vue';
