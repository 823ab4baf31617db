/**
 * A survey's versions, for the survey editor (features/surveys): the versions button with its drawer
 * (history, comparison in words, roll back) and the publish dialog with release notes.
 */
export { default as SurveyVersionsButton } from './SurveyVersionsButton.vue';
export { default as PublishSurveyDialog } from './PublishSurveyDialog.vue';
export { describeSurveyChanges, questionTitles } from './lib/survey-diff-words';
