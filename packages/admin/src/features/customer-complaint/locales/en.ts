import type { CustomerComplaintMessages } from './zh-CN';

/** The public complaint and tracking pages' texts, English. */
const customerComplaint: CustomerComplaintMessages = {
  title: 'Make a complaint',
  intro:
    'Tell us what happened. We answer within 15 days (longer only where the rules allow it for complex cases).',
  loading: 'Loading…',
  category: 'What is it about?',
  subCategory: 'More precisely',
  choose: 'Choose',
  text: 'Your complaint',
  textPlaceholder: 'What happened, when, which service, and what you would like us to do',
  contactSection: 'How we reach you',
  name: 'Name',
  phone: 'Mobile number',
  idNumber: 'PRC ID number (optional)',
  attachments: 'Attachments (optional)',
  attachmentsHint: 'Up to 5 files of at most 5 MB each: PDF, images, Word, Excel, text.',
  chooseFiles: 'Add files',
  removeFile: 'Remove',
  submit: 'Send complaint',
  fixProblems: 'Please correct the marked fields first.',
  noCategories: 'Complaints cannot be made online at the moment; please call our service line.',
  receipt: {
    title: 'Complaint received',
    body: 'Please note the reference and quote it when you contact us. Follow your complaint with the link below.',
    reference: 'Reference',
    deadline: 'We answer by',
    track: 'Follow my complaint',
    keepLink: 'Keep this link; it works until',
  },
  tracking: {
    title: 'Your complaint',
    reference: 'Reference',
    category: 'About',
    department: 'Handled by',
    receivedAt: 'Received',
    deadline: 'We answer by',
    daysLeft: '{n} days left',
    dueToday: 'Due today',
    overdue: 'Past due',
    history: 'What has happened',
    expiresAt: 'This link works until',
    status: {
      RECEIVED: 'Received',
      IN_PROGRESS: 'Being handled',
      ANSWERED: 'Answered',
      CLOSED: 'Closed',
    },
  },
};

export default customerComplaint;
