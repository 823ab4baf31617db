/**
 * The surveys feature's public surface: its routes (the list and the editor, each a lazy chunk) and
 * the survey renderer the public survey page (/s/:token, features/customer-survey) reuses.
 */
import type { RouteRecordRaw } from 'vue-router';

export { default as SurveyForm } from './components/SurveyForm.vue';

export const surveyRoutes: RouteRecordRaw[] = [
  {
    // survey.write: agents hold survey.read (answers on their cases) but never see the editors.
    path: '/surveys',
    name: 'surveys',
    component: () => import('./components/SurveysPage.vue'),
    meta: { permission: 'survey.write' },
  },
  {
    path: '/surveys/:key',
    name: 'survey-editor',
    component: () => import('./components/SurveyEditorPage.vue'),
    meta: { permission: 'survey.write' },
  },
];
