import type { CaseSurveyMessages, CustomerSurveyMessages } from './zh-CN';

/** The customer's survey page and the case screen's survey card, English. */
export const customerSurveyEn: CustomerSurveyMessages = {
  title: 'Satisfaction survey',
  loading: 'Opening the survey…',
  intro: 'Thank you for taking a minute. Your answers are used only to improve our service.',
  reference: 'Case reference',
  expiresAt: 'Link valid until',
  answered: {
    title: 'You have already answered this survey',
    body: 'Each link takes one answer. Thank you for your feedback!',
  },
  expired: {
    title: 'This survey link has expired',
    body: 'The survey has closed. To give feedback, please contact your account manager or our service hotline.',
  },
  invalid: {
    title: 'This link is not valid',
  },
  thanks: {
    title: 'Thank you!',
    body: 'We have received your answers and read every comment.',
  },
  fixProblems: 'Please correct the questions marked in red, then submit.',
};

export const caseSurveyEn: CaseSurveyMessages = {
  title: 'Satisfaction surveys',
  send: 'Send survey',
  empty: 'No survey has been sent to the customer yet.',
  loadError: 'The surveys could not be read.',
  trigger: { STEP: 'Flow step', OUTCOME: 'End outcome', ON_DEMAND: 'Sent by staff' },
  sentAt: 'Sent',
  expiresAt: 'Valid until',
  remindedAt: 'Reminded',
  answeredAt: 'Answered',
  waiting: 'Waiting for the answer',
  expired: 'Expired',
  scores: { nps: 'NPS', csat: 'CSAT', ces: 'CES' },
  version: 'version {n}',
  dialog: {
    title: 'Send a satisfaction survey',
    survey: 'Survey',
    pick: 'Choose a published survey',
    none: 'No survey is published yet.',
    hint: "The customer gets a link of their own that takes one answer (sent by the bank's SMS or messaging system).",
    confirm: 'Send',
    cancel: 'Cancel',
  },
  sent: {
    title: 'Survey sent',
    body: 'Copy the link below. For security it is not shown again once you close this.',
    copy: 'Copy link',
    copied: 'Link copied',
    close: 'Done',
  },
};
