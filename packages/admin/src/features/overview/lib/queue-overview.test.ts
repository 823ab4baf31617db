import { describe, expect, it } from 'vitest';
import { groupByDepartment, totals } from './queue-overview';

const q = (id: string, open: number, unassigned: number, overdue: number) => ({
  queue: { id, code: id.toUpperCase(), name: { zh: id, en: id } },
  open,
  unassigned,
  overdue,
});
const departments = [
  { code: 'CS', name: { zh: '客服部门', en: 'Customer service' }, queues: [{ id: 'a' }, { id: 'b' }] },
  { code: 'POLICY', name: { zh: '政策部门', en: 'Policy' }, queues: [{ id: 'c' }] },
  { code: 'EMPTY', name: { zh: '空', en: 'Empty' }, queues: [] },
];

describe('groupByDepartment', () => {
  it('groups queues under their department with sums, and drops departments without visible queues', () => {
    const groups = groupByDepartment([q('c', 1, 1, 0), q('a', 5, 2, 1), q('b', 3, 0, 2)], departments);
    expect(
      groups.map((g) => [g.code, g.queues.map((x) => x.queue.id), g.open, g.unassigned, g.overdue]),
    ).toEqual([
      ['CS', ['a', 'b'], 8, 2, 3],
      ['POLICY', ['c'], 1, 1, 0],
    ]);
    expect(totals(groups)).toEqual({ open: 9, unassigned: 3, overdue: 3 });
  });

  it('keeps a queue of an unknown department under “other”', () => {
    const groups = groupByDepartment([q('z', 2, 2, 2)], departments);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.name.en).toBe('Other');
    expect(totals([])).toEqual({ open: 0, unassigned: 0, overdue: 0 });
  });
});
