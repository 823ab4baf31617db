import type { ApprovalsMessages } from './zh-CN';

/** The approvals inbox and the complaint clock's texts, English. */
const approvals: ApprovalsMessages = {
  title: 'Approvals',
  subtitle: "Offers beyond an agent's authority, plan reviews and complaint extensions waiting for you.",
  refresh: 'Refresh',
  empty: 'Nothing is waiting for your approval.',
  sections: {
    offers: 'Offers beyond authority',
    reviews: 'Plan reviews',
    extensions: 'Complaint extension requests',
  },
  columns: {
    case: 'Case',
    what: 'What',
    requestedBy: 'Requested by',
    requestedAt: 'Requested',
    actions: 'Actions',
  },
  offer: '{kind} · forgiven {forgiven} · total due {total} · {term} instalments',
  review: '{flow} · {step}',
  extension: '{days} more days: {reason}',
  role: 'Approver role: {role}',
  approve: 'Approve',
  reject: 'Reject',
  openCase: 'Open case',
  dialog: {
    approveTitle: 'Approve',
    rejectTitle: 'Reject',
    reason: 'Reason',
    reasonPlaceholder: 'A reason is required to reject; optional when approving',
    reasonRequired: 'Rejecting needs a reason',
    confirm: 'Confirm',
    cancel: 'Cancel',
  },
  done: {
    approved: 'Approved.',
    rejected: 'Rejected.',
  },
  clock: {
    title: 'Complaint clock',
    receivedAt: 'Received',
    deadline: 'Deadline',
    daysLeft: 'Left',
    days: '{n} days ({w} working days)',
    overdue: '{n} days overdue',
    status: {
      ON_TIME: 'On time',
      EXTENDED: 'Extended',
      LATE: 'Late',
    },
    provisional: 'Provisional (holiday notice not published yet)',
    extensions: 'Extensions',
    extensionLine: '{days} more days · {reason}',
    requests: 'Extension requests',
    requestStatus: {
      PENDING: 'Waiting',
      APPROVED: 'Approved',
      DECLINED: 'Declined',
    },
    request: 'Request an extension',
    requestTitle: 'Request more time for the complaint',
    requestHint:
      'A supervisor other than you must approve it before it applies; the customer is then told by SMS.',
    reason: 'Why more time is needed',
    reasonRequired: 'Enter a reason',
    conflict:
      'The case changed while you were sending, so it was reloaded. Your reason is kept: check the clock and send it again.',
    submit: 'Send request',
    cancel: 'Cancel',
    submitted: 'Extension requested; waiting for a supervisor.',
    noMore: 'Already extended twice; no further extension.',
  },
};

export default approvals;
