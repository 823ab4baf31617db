import { describe, expect, it } from 'vitest';
import { visibleNavItems } from './navigation';

describe('visibleNavItems', () => {
  it('shows the flows entry only to viewers holding flow.read', () => {
    const paths = (held: string[]) => visibleNavItems((p) => held.includes(p)).map((item) => item.path);
    expect(paths([])).not.toContain('/flows');
    expect(paths(['flow.write'])).not.toContain('/flows');
    expect(paths(['flow.read'])).toContain('/flows');
    // Entries without a permission stay for everyone.
    expect(paths([])).toContain('/inbox');
  });
});
