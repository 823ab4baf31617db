import { describe, expect, it } from 'vitest';
import { accessLanding, visibleAccessTabs } from './access-tabs';

const holding =
  (...held: string[]) =>
  (p: string) =>
    held.includes(p);

describe('access tabs', () => {
  it('shows users, roles and departments to user.manage, API clients and webhooks by their own permissions', () => {
    expect(visibleAccessTabs(holding('user.manage')).map((t) => t.path)).toEqual([
      '/access/users',
      '/access/roles',
      '/access/departments',
    ]);
    expect(visibleAccessTabs(holding('webhook.manage', 'apiclient.manage')).map((t) => t.path)).toEqual([
      '/access/api-clients',
      '/access/webhooks',
    ]);
  });

  it('sends /access to the first tab the viewer may open, else home', () => {
    expect(accessLanding(holding('user.manage', 'webhook.manage'))).toBe('/access/users');
    expect(accessLanding(holding('webhook.manage'))).toBe('/access/webhooks');
    expect(accessLanding(holding('case.read'))).toBe('/');
  });
});
