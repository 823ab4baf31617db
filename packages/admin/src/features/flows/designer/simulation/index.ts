/** The designer's test run and what-if: public surface. */
export { default as TestRunDrawer } from './TestRunDrawer.vue';
export { runHighlightOn, visitedSteps, activeSteps, takenTransitions } from './run-highlight';
