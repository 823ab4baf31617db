/** The designer's versions (history, publish, roll back, diff, migrate): public surface. */
export { default as VersionsDrawer } from './VersionsDrawer.vue';
export { highlight as diffHighlight, compared as diffCompared, useDiffHighlight } from './diff-highlight';
export type { DiffHighlight, DiffMark } from './diff-highlight';
