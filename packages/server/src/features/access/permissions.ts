/**
 * The permission catalogue and the built-in roles. Permissions are plain names so that custom roles and
 * API-client scopes can combine them freely; docs/access.md lists them for administrators.
 */
export const PERMISSIONS = {
  'category.read': { zh: '查看投诉分类', en: 'Read complaint categories' },
  'category.write': { zh: '维护投诉分类', en: 'Maintain complaint categories' },
  'flow.read': { zh: '查看流程模板', en: 'Read flow templates' },
  'flow.write': { zh: '编辑流程草稿', en: 'Edit flow drafts' },
  'flow.publish': { zh: '发布、回滚、归档流程', en: 'Publish, roll back and archive flows' },
  'survey.read': { zh: '查看满意度调查', en: 'Read surveys' },
  'survey.write': { zh: '维护满意度调查', en: 'Maintain surveys' },
  'case.read': { zh: '查看本部门案件', en: "Read cases of one's departments" },
  'case.work': { zh: '处理案件', en: 'Work cases' },
  'case.assign': { zh: '分派与转派案件', en: 'Assign and reassign cases' },
  'case.reveal-pii': { zh: '查看客户敏感信息明文（留痕）', en: 'Reveal customer personal data (audited)' },
  'case.all-departments': { zh: '查看所有部门的案件', en: 'Read cases of every department' },
  'audit.read': { zh: '查看审计日志', en: 'Read audit logs' },
  'calendar.manage': {
    zh: '维护工作日历（节假日与调休）',
    en: 'Maintain working calendars (holidays and make-up days)',
  },
  'user.manage': { zh: '管理用户、角色、部门与队列', en: 'Manage users, roles, departments and queues' },
  'apiclient.manage': { zh: '管理接口客户端', en: 'Manage API clients' },
  'webhook.manage': { zh: '管理 Webhook 订阅与投递', en: 'Manage webhook subscriptions and deliveries' },
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

export interface BuiltInRole {
  key: string;
  name: { zh: string; en: string };
  permissions: readonly Permission[];
}

export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  { key: 'administrator', name: { zh: '系统管理员', en: 'Administrator' }, permissions: ALL_PERMISSIONS },
  {
    key: 'supervisor',
    name: { zh: '主管', en: 'Supervisor' },
    permissions: [
      'category.read',
      'category.write',
      'flow.read',
      'flow.write',
      'flow.publish',
      'survey.read',
      'survey.write',
      'case.read',
      'case.work',
      'case.assign',
      'audit.read',
      'calendar.manage',
    ],
  },
  {
    key: 'agent',
    name: { zh: '客服人员 / 客户经理', en: 'Agent / account manager' },
    permissions: ['category.read', 'flow.read', 'survey.read', 'case.read', 'case.work'],
  },
  {
    key: 'auditor',
    name: { zh: '审计人员', en: 'Auditor' },
    permissions: [
      'category.read',
      'flow.read',
      'survey.read',
      'case.read',
      'case.all-departments',
      'audit.read',
    ],
  },
];
