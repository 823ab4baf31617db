import type { NewCaseMessages } from './zh-CN';

/** The "New case" page's texts (namespace `newCase`), English. */
const newCase: NewCaseMessages = {
  title: 'New case',
  back: 'Back to my inbox',
  intro:
    'Open a case for a customer who came through the hotline, a letter, a branch or any other channel. The case is routed to its department’s queue by the flow or the complaint category.',
  sections: {
    flow: 'Flow and channel',
    customer: 'Customer',
    received: 'Received',
  },
  fields: {
    flow: 'Flow',
    flowPlaceholder: 'Choose a published flow',
    channel: 'Channel',
    name: 'Customer name',
    idNumber: 'PRC ID number',
    phone: 'Mobile number',
    bankCard: 'Bank card number',
    address: 'Address',
    receivedAt: 'Complaint received at',
    receivedAtHint:
      'Leave empty for now. A letter or a branch complaint entered after it arrived may be dated back up to {days} days (Beijing time). The complaint clock counts from that date.',
    reason: 'Reason for backdating',
    reasonPlaceholder: 'e.g. letter arrived on 6 March, entered today',
    reasonHint:
      'The date of receipt is before now: say why. Backdating is recorded in the case’s audit trail.',
  },
  kind: {
    NEGOTIATION: 'Negotiation',
    COMPLAINT: 'Complaint',
    SERVICE: 'Customer service',
    LOAN: 'Loan',
    SURVEY_FOLLOW_UP: 'Satisfaction follow-up',
  },
  channels: {
    WEBSITE: 'Website',
    APP: 'Mobile app',
    HOTLINE: 'Hotline',
    BRANCH: 'Branch',
    EMAIL: 'Email',
    LETTER: 'Letter',
    CHAT: 'Online chat',
    API: 'API',
  },
  problems: {
    required: 'Required',
    invalidDate: 'Choose a valid time',
    future: 'The date of receipt cannot be in the future',
    tooOld: 'The date of receipt can be at most {days} days back',
  },
  noFlows: 'No flow is published yet. Publish one under “Flow templates” first.',
  loadFailed: 'Could not load the flows: {message}',
  submit: 'Open case',
  submitting: 'Opening…',
  cancel: 'Cancel',
  created: 'Case opened',
};

export default newCase;
