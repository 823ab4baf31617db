import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, visibleNavItems } from './navigation';

describe('visibleNavItems', () => {
  it('shows the flows entry only to viewers holding flow.read', () => {
    const paths = (held: string[]) => visibleNavItems((p) => held.includes(p)).map((item) => item.path);
    expect(paths([])).not.toContain('/flows');
    expect(paths(['flow.write'])).not.toContain('/flows');
    expect(paths(['flow.read'])).toContain('/flows');
    // The category editor needs category.write: agents read categories but see no editor.
    expect(paths(['category.read', 'case.read', 'case.work'])).not.toContain('/complaint-categories');
    expect(paths(['category.read', 'category.write'])).toContain('/complaint-categories');
  });

  it('shows the inbox to case readers and the queue overview to those who assign cases', () => {
    const paths = (held: string[]) => visibleNavItems((p) => held.includes(p)).map((item) => item.path);
    expect(paths([])).not.toContain('/inbox');
    expect(paths(['case.read'])).toContain('/inbox');
    expect(paths(['case.read'])).not.toContain('/overview');
    expect(paths(['case.read', 'case.assign'])).toEqual(expect.arrayContaining(['/overview', '/inbox']));
  });

  it('shows the approvals inbox only to supervisors (case.assign), like its route', () => {
    const paths = (held: string[]) => visibleNavItems((p) => held.includes(p)).map((item) => item.path);
    expect(paths(['case.read', 'case.work'])).not.toContain('/approvals');
    expect(paths(['case.read', 'case.work', 'case.assign'])).toContain('/approvals');
  });

  // The built-in roles' permissions (server: features/access/permissions.ts, BUILT_IN_ROLES).
  const AGENT = ['category.read', 'flow.read', 'survey.read', 'case.read', 'case.work'];
  const ADMINISTRATOR = [
    ...AGENT,
    'category.write',
    'flow.write',
    'flow.publish',
    'survey.write',
    'case.assign',
    'case.reveal-pii',
    'case.all-departments',
    'audit.read',
    'calendar.manage',
    'user.manage',
    'apiclient.manage',
    'webhook.manage',
  ];
  const CONFIGURATION = [
    '/surveys',
    '/complaint-categories',
    '/access',
    '/calendars',
    '/access/api-clients',
    '/access/webhooks',
    '/audit',
  ];

  it('hides every configuration entry from an agent and shows each to an administrator', () => {
    const paths = (held: string[]) => visibleNavItems((p) => held.includes(p)).map((item) => item.path);
    const agent = paths(AGENT);
    for (const path of CONFIGURATION) expect(agent, path).not.toContain(path);
    expect(agent).toContain('/inbox');
    expect(paths(ADMINISTRATOR)).toEqual(expect.arrayContaining(CONFIGURATION));
  });

  it('gives each configuration entry a permission, so the menu and the route guard agree', () => {
    for (const path of CONFIGURATION) {
      const item = NAV_ITEMS.find((i) => i.path === path);
      expect(item?.permission, path).toBeTruthy();
      // Each entry needs exactly one permission the agent lacks and the administrator holds.
      expect(AGENT, path).not.toContain(item?.permission);
      expect(ADMINISTRATOR, path).toContain(item?.permission);
    }
  });
});
