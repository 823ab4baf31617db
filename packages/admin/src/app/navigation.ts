import type { MessageSchema } from '../locales/zh-CN';

/** The sidebar. Later features (flows, cases, dashboards) add their entry here. */
export interface NavItem {
  path: string;
  titleKey: `nav.${keyof MessageSchema['nav']}`;
  testId: string;
  /** Shown only to viewers holding this permission (the same as the route's `meta.permission`). */
  permission?: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/overview', titleKey: 'nav.overview', testId: 'nav-overview', permission: 'case.assign' },
  { path: '/insight', titleKey: 'nav.insight', testId: 'nav-insight', permission: 'case.assign' },
  { path: '/inbox', titleKey: 'nav.inbox', testId: 'nav-inbox', permission: 'case.read' },
  { path: '/approvals', titleKey: 'nav.approvals', testId: 'nav-approvals', permission: 'case.assign' },
  { path: '/flows', titleKey: 'nav.flows', testId: 'nav-flows', permission: 'flow.read' },
  {
    path: '/complaint-categories',
    titleKey: 'nav.complaintCategories',
    testId: 'nav-complaint-categories',
    // category.write, not .read: agents read categories to file complaints but see no editors.
    permission: 'category.write',
  },
  { path: '/audit', titleKey: 'nav.audit', testId: 'nav-audit', permission: 'audit.read' },
  {
    path: '/access/api-clients',
    titleKey: 'nav.integrations',
    testId: 'nav-integrations',
    permission: 'apiclient.manage',
  },
  {
    path: '/access/webhooks',
    titleKey: 'nav.webhooks',
    testId: 'nav-webhooks',
    permission: 'webhook.manage',
  },
  // survey.write, not survey.read: agents hold survey.read (to see answers on cases), not the editor.
  { path: '/surveys', titleKey: 'nav.surveys', testId: 'nav-surveys', permission: 'survey.write' },
  { path: '/calendars', titleKey: 'nav.calendars', testId: 'nav-calendars', permission: 'calendar.manage' },
  { path: '/access', titleKey: 'nav.access', testId: 'nav-access', permission: 'user.manage' },
];

/** The entries a viewer may open, given what they hold. */
export function visibleNavItems(can: (permission: string) => boolean): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || can(item.permission));
}
