/** The tabs of /access and who sees each: one list for the tab bar and for `/access`'s redirect. */
export interface AccessTab {
  path: string;
  /** Key under `access.tabs`. */
  titleKey: 'users' | 'roles' | 'departments' | 'apiClients' | 'webhooks';
  testId: string;
  permission: string;
}

export const ACCESS_PERMISSION = 'user.manage';

export const ACCESS_TABS: readonly AccessTab[] = [
  { path: '/access/users', titleKey: 'users', testId: 'access-tab-users', permission: ACCESS_PERMISSION },
  { path: '/access/roles', titleKey: 'roles', testId: 'access-tab-roles', permission: ACCESS_PERMISSION },
  {
    path: '/access/departments',
    titleKey: 'departments',
    testId: 'access-tab-departments',
    permission: ACCESS_PERMISSION,
  },
  {
    path: '/access/api-clients',
    titleKey: 'apiClients',
    testId: 'access-tab-api-clients',
    permission: 'apiclient.manage',
  },
  {
    path: '/access/webhooks',
    titleKey: 'webhooks',
    testId: 'access-tab-webhooks',
    permission: 'webhook.manage',
  },
];

export function visibleAccessTabs(can: (permission: string) => boolean): AccessTab[] {
  return ACCESS_TABS.filter((tab) => can(tab.permission));
}

/**
 * Where `/access` leads: the first tab the viewer may open. A viewer who may open none is sent to the
 * first tab all the same, whose route declares `meta.permission`: the router's guard then refuses it
 * with the same "no access" message as every other guarded route (instead of a silent trip home).
 */
export function accessLanding(can: (permission: string) => boolean): string {
  return (visibleAccessTabs(can)[0] ?? ACCESS_TABS[0]!).path;
}
