import type { LocalizedText } from '../shared/localized-text';

/** Stable codes of definition problems; the designer switches on these to highlight and explain. */
export const VALIDATION_MESSAGES = {
  NO_START: {
    zh: '流程没有起始步骤（start 指向「{ref}」，不存在）',
    en: 'The flow has no start step ("{ref}" does not exist)',
  },
  START_NOT_WAITING: {
    zh: '起始步骤「{ref}」是结束步骤，流程一开始就结束',
    en: 'The start step "{ref}" is an end step: the flow would end at once',
  },
  NO_END: { zh: '流程没有结束步骤', en: 'The flow has no end step' },
  DUPLICATE_KEY: { zh: '重复的{what}「{key}」', en: 'Duplicate {what} "{key}"' },
  UNKNOWN_STEP_KIND: { zh: '未注册的步骤类型「{kind}」', en: 'Unregistered step kind "{kind}"' },
  UNKNOWN_FIELD_TYPE: { zh: '未注册的字段类型「{type}」', en: 'Unregistered field type "{type}"' },
  UNKNOWN_TRANSITION_STEP: {
    zh: '连线引用了不存在的步骤「{ref}」',
    en: 'The transition refers to an unknown step "{ref}"',
  },
  UNKNOWN_ROLE: { zh: '角色「{ref}」不存在', en: 'The role "{ref}" does not exist' },
  UNKNOWN_FORM: { zh: '表单「{ref}」不存在', en: 'The form "{ref}" does not exist' },
  UNKNOWN_OUTCOME: {
    zh: '步骤「{step}」不会产生结果「{outcome}」（可能的结果：{list}）',
    en: 'Step "{step}" never reports outcome "{outcome}" (it reports: {list})',
  },
  FIELD_TYPE_CONFLICT: {
    zh: '字段「{name}」在不同表单中类型不同（{a} / {b}），规则无法判断其类型',
    en: 'Field "{name}" has different types in different forms ({a} / {b}), so rules cannot type it',
  },
  SEVERAL_DEFAULTS: {
    zh: '步骤「{step}」有多条默认连线',
    en: 'Step "{step}" has more than one default transition',
  },
  END_HAS_OUTGOING: {
    zh: '结束步骤「{step}」不应有出去的连线',
    en: 'End step "{step}" should have no outgoing transitions',
  },
  UNREACHABLE_STEP: {
    zh: '步骤「{step}」从起始步骤无法到达',
    en: 'Step "{step}" cannot be reached from the start',
  },
  DEAD_END: {
    zh: '步骤「{step}」没有出去的连线，流程会停在这里',
    en: 'Step "{step}" has no way out: cases would get stuck there',
  },
  DEAD_END_OUTCOME: {
    zh: '步骤「{step}」的结果「{outcome}」没有对应的连线',
    en: 'Step "{step}" has no transition for its outcome "{outcome}"',
  },
  NO_PATH_TO_END: {
    zh: '从步骤「{step}」无法到达任何结束步骤',
    en: 'No end step can be reached from step "{step}"',
  },
  CYCLE_WITHOUT_EXIT: {
    zh: '步骤 {steps} 构成循环且没有出口',
    en: 'Steps {steps} form a cycle without an exit',
  },
  AUTOMATIC_CYCLE: {
    zh: '步骤 {steps} 构成只含自动步骤的循环，可能无限循环',
    en: 'Steps {steps} form a cycle of automatic steps only, which could loop forever',
  },
  BRANCH_WITHOUT_FALLBACK: {
    zh: '步骤「{step}」{outcome}的所有去向都有条件且没有默认连线；条件都不满足时该操作会被拒绝（GUARD_FAILED）',
    en: 'Every way out of step "{step}"{outcome} is guarded and none is a default; when no guard holds the command is refused (GUARD_FAILED)',
  },
  JOIN_WITHOUT_SPLIT: {
    zh: '汇合「{step}」引用的「{ref}」不是并行分支步骤',
    en: 'Join "{step}" refers to "{ref}", which is not a parallel split',
  },
  JOIN_NOT_REACHED: {
    zh: '并行分支「{split}」的分支无法全部到达汇合「{step}」',
    en: 'Not every branch of split "{split}" reaches join "{step}"',
  },
  SPLIT_WITHOUT_JOIN: {
    zh: '并行分支「{step}」没有对应的汇合步骤',
    en: 'Parallel split "{step}" has no matching join',
  },
  UNKNOWN_CALENDAR: {
    zh: '时限策略引用了不存在的工作日历「{ref}」',
    en: 'The SLA refers to an unknown business calendar "{ref}"',
  },
  PLAN_STEP_WITHOUT_POLICY: {
    zh: '步骤「{step}」需要制定方案，但流程未设置方案政策',
    en: 'Step "{step}" drafts plans but the flow has no offer policy',
  },
  CONTACT_GUARD_WITHOUT_POLICY: {
    zh: '步骤「{step}」启用了联系合规校验，但流程未设置联系政策',
    en: 'Step "{step}" uses the contact guard but the flow has no contact policy',
  },
  ASSIGNMENT_STRATEGY_UNKNOWN: {
    zh: '步骤「{step}」的分派方式「{strategy}」无效（可选：{list}）',
    en: 'Step "{step}" has an unknown assignment strategy "{strategy}" (one of: {list})',
  },
  ASSIGNMENT_DEPARTMENT_INVALID: {
    zh: '步骤「{step}」的承办部门编码「{ref}」无效（须为 2–40 个大写字母、数字或 "_"）',
    en: 'Step "{step}" names an invalid department code "{ref}" (2–40 characters of A–Z, 0–9 or "_")',
  },
  AUTHORITY_INVALID: { zh: '授权矩阵无效：{reason}', en: 'Invalid authority matrix: {reason}' },
  ROLE_HOLDERS_EMPTY: {
    zh: '角色「{role}」的持有者须至少列出一个平台角色',
    en: 'Role "{role}" lists holders but no platform role',
  },
  ROLE_HOLDER_ROLE_INVALID: {
    zh: '角色「{role}」的持有者中有无效的平台角色「{ref}」',
    en: 'Role "{role}" names an invalid platform role "{ref}" among its holders',
  },
  ROLE_HOLDER_DEPARTMENT_INVALID: {
    zh: '角色「{role}」的持有部门编码「{ref}」无效（须为 2–40 个大写字母、数字或 "_"）',
    en: 'Role "{role}" names an invalid holder department code "{ref}" (2–40 characters of A–Z, 0–9 or "_")',
  },
  ROUTING_INVALID: {
    zh: '流程的默认派送编码「{ref}」无效（部门与队列编码须为 2–40 个大写字母、数字或 "_"）',
    en: 'The flow\'s default routing names an invalid code "{ref}" (department and queue codes are 2–40 characters of A–Z, 0–9 or "_")',
  },
  ROLE_CYCLE: { zh: '角色「{ref}」的继承关系构成循环', en: 'Role "{ref}" inherits from itself (a cycle)' },
} as const satisfies Record<string, LocalizedText>;

export type ValidationCode = keyof typeof VALIDATION_MESSAGES;

export const WHAT = {
  step: { zh: '步骤键', en: 'step key' },
  transition: { zh: '连线键', en: 'transition key' },
  form: { zh: '表单键', en: 'form key' },
  role: { zh: '角色键', en: 'role key' },
  field: { zh: '字段名', en: 'field name' },
  sla: { zh: '时限策略', en: 'SLA policy id' },
} as const satisfies Record<string, LocalizedText>;
