/** The designer's versions (history, publish, roll back, diff, migrate): public surface. */
export { default as VersionsDrawer } from './VersionsDrawer.vue';
