/** The entry point of the surveys feature: what other features use of it. */
export { SurveyRefs } from './survey-refs';
export { surveyArchived } from './survey.errors';
export type { SurveyDoc } from './survey.model';
export { SurveyService } from './survey.service';
