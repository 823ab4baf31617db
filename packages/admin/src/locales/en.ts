import type { MessageSchema } from './zh-CN';

const en: MessageSchema = {
  app: {
    name: 'Parley',
    language: 'Language',
  },
  nav: {
    complaintCategories: 'Complaint categories',
  },
  locales: {
    'zh-CN': '中文',
    en: 'English',
  },
  common: {
    cancel: 'Cancel',
    save: 'Save',
    actions: 'Actions',
    retry: 'Retry',
    required: 'This field is required',
  },
  session: {
    title: 'Sign in',
    subtitle: 'Customer negotiation and complaint handling for banks',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    logout: 'Sign out',
  },
  errors: {
    network: 'Cannot reach the server. Check the network and try again.',
    unknown: 'Something went wrong. Please try again later.',
    noPermission: 'You do not have permission to do this',
  },
  complaintCategories: {
    title: 'Complaint categories',
    subtitle:
      'Categories route complaints to a department and queue, and set their default severity and deadlines.',
    create: 'New category',
    rename: 'Rename',
    renameTitle: 'Rename category {code}',
    empty: 'No complaint categories yet',
    created: 'Created category {code}',
    renamed: 'Renamed category {code}',
    columns: {
      code: 'Code',
      nameZh: 'Chinese name',
      nameEn: 'English name',
      severity: 'Severity',
      active: 'Status',
    },
    fields: {
      code: 'Code',
      nameZh: 'Chinese name',
      nameEn: 'English name',
      parent: 'Parent category',
      severity: 'Severity',
    },
    placeholders: {
      code: 'e.g. SERVICE-ATTITUDE',
      parent: 'None (top level)',
    },
    severity: {
      LOW: 'Low',
      MEDIUM: 'Medium',
      HIGH: 'High',
      CRITICAL: 'Critical',
    },
    status: {
      active: 'Active',
      inactive: 'Inactive',
    },
  },
};

export default en;
