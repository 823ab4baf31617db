import type { SurveyRefMessages } from './zh-CN';

/** The designer's survey picker (survey step, flow survey, survey per outcome), English. */
const surveyRef: SurveyRefMessages = {
  source: {
    form: 'A form of this flow',
    library: 'A published survey',
  },
  form: 'Form',
  survey: 'Survey',
  surveyOption: '{title} ({key}) · version {version}',
  unpublishedOption: '{title} ({key}) · not published',
  archivedOption: '{title} ({key}) · archived',
  pin: {
    label: 'Version',
    publish: 'The version at flow publication',
    latest: 'Always the latest version',
    publishHint:
      'Publishing the flow pins the survey’s newest version at that moment; the flow keeps sending it when the survey publishes newer versions.',
    latestHint: 'Each time it is sent, the survey’s newest published version goes out.',
    pinned:
      'The published flow version pins version {version}; publishing the flow again moves it to the survey’s newest version.',
  },
  loading: 'Loading surveys…',
  loadFailed: 'Could not load the surveys: {message}',
  noSurveys: 'No survey is published yet.',
  notPublished: 'The chosen survey does not exist or is not published: the flow cannot be published.',
  none: 'None',
  archived:
    'The chosen survey is archived: published flow versions keep sending it, but a draft that uses it cannot be published. Choose another survey, or restore it in the survey list first.',
};

export default surveyRef;
