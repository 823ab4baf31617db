import type zhCN from './zh-CN';

export default {
  title: 'Queue overview',
  subtitle: 'Open cases per queue, live.',
  department: 'Department',
  queue: 'Queue',
  open: 'Open',
  unassigned: 'Unassigned',
  breached: 'Breached',
  total: 'Total',
  openInbox: 'View cases',
  empty: 'Your departments have no queues yet.',
  live: 'Live',
} satisfies typeof zhCN;
