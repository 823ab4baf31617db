import { describe, expect, it } from 'vitest';
import { landingPath } from './permissions';

const holding =
  (...permissions: string[]) =>
  (p: string) =>
    permissions.includes(p);

describe('landingPath', () => {
  it('sends supervisors to the overview and agents to the inbox', () => {
    expect(landingPath(holding('case.read', 'case.work', 'case.assign'))).toBe('/overview');
    expect(landingPath(holding('case.read', 'case.work'))).toBe('/inbox');
  });
  it('sends viewers without case access to the first menu page they may open, or to no-access', () => {
    const menu = [
      { path: '/inbox', permission: 'case.read' },
      { path: '/complaint-categories', permission: 'category.write' },
      { path: '/audit', permission: 'audit.read' },
    ];
    expect(landingPath(holding('flow.read'), menu)).toBe('/flows');
    expect(landingPath(holding('audit.read'), menu)).toBe('/audit');
    expect(landingPath(holding('audit.read', 'category.write'), menu)).toBe('/complaint-categories');
    expect(landingPath(holding('case.assign'), menu)).toBe('/no-access');
    expect(landingPath(holding())).toBe('/no-access');
  });
});
