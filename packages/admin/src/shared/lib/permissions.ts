/** What the viewer may do, from their permissions (`me.permissions`): used by the router and the sidebar. */

export type Can = (permission: string) => boolean;

/** A page of the menu and what opening it needs (the sidebar's entries, in their order). */
export interface MenuPage {
  path: string;
  permission?: string;
}

/** Where a viewer who may open no page at all lands: a page that says so. */
export const NO_ACCESS_PATH = '/no-access';

/**
 * Where a signed-in viewer lands: supervisors (who assign cases) on their queue overview, agents on
 * their inbox, everyone else on the first menu page they may open, or the no-access page.
 */
export function landingPath(can: Can, menu: readonly MenuPage[] = []): string {
  if (can('case.assign') && can('case.read')) return '/overview';
  if (can('case.read')) return '/inbox';
  if (can('flow.read')) return '/flows';
  return menu.find((page) => page.permission !== undefined && can(page.permission))?.path ?? NO_ACCESS_PATH;
}
