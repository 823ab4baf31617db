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
  { path: '/inbox', titleKey: 'nav.inbox', testId: 'nav-inbox' },
  { path: '/flows', titleKey: 'nav.flows', testId: 'nav-flows', permission: 'flow.read' },
  { path: '/complaint-categories', titleKey: 'nav.complaintCategories', testId: 'nav-complaint-categories' },
];

/** The entries a viewer may open, given what they hold. */
export function visibleNavItems(can: (permission: string) => boolean): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || can(item.permission));
}
