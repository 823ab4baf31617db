import type { LocalizedText } from '../shared/localized-text';

export const MIGRATION_MESSAGES = {
  WRONG_SOURCE: {
    zh: '案件属于「{key}」第 {version} 版，不是迁移的源版本',
    en: 'The case is on "{key}" version {version}, not on the source version',
  },
  CASE_NOT_ACTIVE: { zh: '只能迁移办理中的案件', en: 'Only active cases can be migrated' },
  UNMAPPED_STEP: {
    zh: '步骤「{step}」在新版本中不存在，且没有映射',
    en: 'Step "{step}" does not exist in the new version and has no mapping',
  },
  UNKNOWN_TARGET: {
    zh: '映射目标「{step}」在新版本中不存在',
    en: 'Mapping target "{step}" does not exist in the new version',
  },
  TARGET_NOT_WAITING: {
    zh: '案件正在「{from}」等待处理，但映射目标「{to}」不是需要处理的步骤',
    en: 'The case waits at "{from}", but the target "{to}" is not a step that waits for work',
  },
  KIND_CHANGED: {
    zh: '步骤「{from}」→「{to}」的办理方式不同（{a} → {b}）',
    en: 'Steps "{from}" → "{to}" complete differently ({a} → {b})',
  },
  MOVE_TOKEN: { zh: '办理位置「{from}」→「{to}」', en: 'Position "{from}" → "{to}"' },
  KEEP_TOKEN: { zh: '办理位置「{from}」不变', en: 'Position "{from}" unchanged' },
  DROP_FIELD: {
    zh: '字段「{name}」在新版本中不存在，将被移除',
    en: 'Field "{name}" is not in the new version and will be dropped',
  },
  INVALID_FIELD: {
    zh: '字段「{name}」的值不符合新版本的字段类型：{reason}',
    en: 'The value of field "{name}" does not fit the new version: {reason}',
  },
  CANCEL_TIMER: { zh: '定时器「{timer}」将被取消', en: 'Timer "{timer}" will be cancelled' },
  OPEN_FORK: {
    zh: '并行分支「{split}」仍在进行，新版本中没有该分支',
    en: 'Parallel split "{split}" is still open and does not exist in the new version',
  },
  OFFER_POLICY_REMOVED: {
    zh: '案件有方案记录，但新版本没有方案政策',
    en: 'The case has offers but the new version has no offer policy',
  },
} as const satisfies Record<string, LocalizedText>;

export type MigrationCode = keyof typeof MIGRATION_MESSAGES;
