import type { CaseFindingMessages } from './zh-CN';

/** Closing a case and a complaint's finding, English. */
const caseFinding: CaseFindingMessages = {
  close: 'Close case',
  closeHint: 'A complaint is closed with its finding',
  title: 'Close case',
  titleComplaint: 'Close complaint: finding',
  intro:
    'Choose the root cause of the complaint and describe the remedy taken or planned. The finding cannot be changed after the close.',
  rootCause: 'Root cause',
  rootCausePlaceholder: 'Choose a root cause',
  remedy: 'Remedy',
  remedyPlaceholder: 'E.g. apologised and refunded the fee; revised the fee notice and trained branch staff',
  note: 'Closing note (optional)',
  notePlaceholder: 'A short note for the case record',
  recorded: 'Recorded',
  submit: 'Close case',
  errors: {
    rootCauseRequired: 'Choose the root cause',
    remedyRequired: 'Describe the remedy',
  },
};

export default caseFinding;
