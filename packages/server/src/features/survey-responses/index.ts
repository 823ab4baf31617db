/**
 * Surveys in use (docs/surveys-in-use.md): invitations through signed single-use links, the one
 * reminder, the customer's answer (validated by the engine, rate-limited, completing a survey step),
 * scores and searchable free text.
 */
export { surveyResponseResolvers } from './survey-response.resolvers';
export { startSurveyReminderSweep, sendDueSurveyReminders } from './survey-reminders';
export { surveyLinkOfEvent } from './survey-webhook';
export { withSurveyInvitations, confirmInvitations } from './survey-invitations';
export { surveyScores, surveyTexts } from './survey-scores';
