import { describe, expect, it } from 'vitest';
import { visibleNavItems } from './navigation';

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
});
