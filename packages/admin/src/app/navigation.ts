import type { MessageSchema } from '../locales/zh-CN';

/** The sidebar. Later features (flows, cases, dashboards) add their entry here. */
export interface NavItem {
  path: string;
  titleKey: `nav.${keyof MessageSchema['nav']}`;
  testId: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/inbox', titleKey: 'nav.inbox', testId: 'nav-inbox' },
  { path: '/complaint-categories', titleKey: 'nav.complaintCategories', testId: 'nav-complaint-categories' },
];
