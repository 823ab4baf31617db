/** The overview's table: queue counts grouped by department, with totals. Pure. */
import type { Localized } from '../../../shared/lib/locale';

export interface QueueCountInput {
  queue: { id: string; code: string; name: Localized };
  open: number;
  unassigned: number;
  overdue: number;
}
export interface DepartmentInput {
  code: string;
  name: Localized;
  queues: readonly { id: string }[];
}

export interface OverviewGroup {
  code: string;
  name: Localized;
  queues: QueueCountInput[];
  open: number;
  unassigned: number;
  overdue: number;
}

/** Groups queues under their department (in the order departments come), unknown ones last. */
export function groupByDepartment(
  counts: readonly QueueCountInput[],
  departments: readonly DepartmentInput[],
): OverviewGroup[] {
  const owner = new Map<string, DepartmentInput>();
  for (const d of departments) for (const q of d.queues) owner.set(q.id, d);
  const groups = new Map<string, OverviewGroup>();
  const unknown: Localized = { zh: '其他', en: 'Other' };
  for (const d of departments)
    groups.set(d.code, { code: d.code, name: d.name, queues: [], open: 0, unassigned: 0, overdue: 0 });
  for (const c of counts) {
    const d = owner.get(c.queue.id);
    const key = d?.code ?? '';
    let g = groups.get(key);
    if (!g) {
      g = { code: key, name: unknown, queues: [], open: 0, unassigned: 0, overdue: 0 };
      groups.set(key, g);
    }
    g.queues.push(c);
    g.open += c.open;
    g.unassigned += c.unassigned;
    g.overdue += c.overdue;
  }
  return [...groups.values()].filter((g) => g.queues.length > 0);
}

/** The totals over every group. */
export function totals(groups: readonly OverviewGroup[]): {
  open: number;
  unassigned: number;
  overdue: number;
} {
  return groups.reduce(
    (t, g) => ({
      open: t.open + g.open,
      unassigned: t.unassigned + g.unassigned,
      overdue: t.overdue + g.overdue,
    }),
    { open: 0, unassigned: 0, overdue: 0 },
  );
}
