/** The supervisor's queue overview (namespace `overview`). */
export default {
  title: '队列概览',
  subtitle: '各队列未结案件，实时更新。',
  department: '部门',
  queue: '队列',
  open: '未结',
  unassigned: '待分派',
  breached: '已超时',
  total: '合计',
  openInbox: '查看案件',
  empty: '您所在的部门还没有队列。',
  live: '实时更新中',
};
