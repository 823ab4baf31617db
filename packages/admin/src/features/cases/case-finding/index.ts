/** Closing a case from the case screen, with a complaint's finding (溯源整改). */
export { default as CloseCaseAction } from './CloseCaseAction.vue';
export { default as FindingFacts } from './FindingFacts.vue';
export { rootCauseText } from './lib/root-cause-text';
