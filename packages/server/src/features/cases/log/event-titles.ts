/**
 * `CaseEvent.title`: what each event type means, in both languages. The engine's types are checked by
 * the compiler (a `Record` over `CaseEventType`); the host's by event-titles.test.ts (every entry of
 * `HOST_EVENT_TYPES`). The agent's timeline and any other page show these, never the raw type.
 */
import type { CaseEventType } from '@parley/engine';

export interface EventTitle {
  zh: string;
  en: string;
}

const ENGINE_EVENT_TITLES: Record<CaseEventType, EventTitle> = {
  caseStarted: { zh: '流程开始', en: 'Flow started' },
  stepActivated: { zh: '进入环节', en: 'Step started' },
  stepCompleted: { zh: '完成环节', en: 'Step completed' },
  transitionTaken: { zh: '流转', en: 'Moved on' },
  tokensForked: { zh: '并行分支开始', en: 'Parallel branches started' },
  tokenArrived: { zh: '分支到达汇合点', en: 'Branch reached the join' },
  tokensJoined: { zh: '并行分支汇合', en: 'Parallel branches joined' },
  endReached: { zh: '流程结束', en: 'Flow ended' },
  communicationLogged: { zh: '记录沟通', en: 'Contact logged' },
  offerProposed: { zh: '提出方案', en: 'Offer proposed' },
  customerResponded: { zh: '客户答复', en: 'Customer answered' },
  agreementSigned: { zh: '客户签署协议', en: 'Agreement signed' },
  linkedCaseClosed: { zh: '关联案件已结束', en: 'Linked case closed' },
  timerScheduled: { zh: '设置定时', en: 'Timer set' },
  timerFired: { zh: '定时触发', en: 'Timer fired' },
  slaSelected: { zh: '适用时限', en: 'SLA chosen' },
  slaWarned: { zh: '时限预警', en: 'SLA warning' },
  slaBreached: { zh: '超出时限', en: 'SLA breached' },
  caseEscalated: { zh: '升级', en: 'Escalated' },
  contactConsentRecorded: { zh: '记录联系同意', en: 'Contact consent recorded' },
  stepReassigned: { zh: '环节改派', en: 'Step reassigned' },
  clockPaused: { zh: '暂停计时', en: 'Clock paused' },
  clockResumed: { zh: '恢复计时', en: 'Clock resumed' },
  deadlineExtended: { zh: '投诉期限延长', en: 'Complaint deadline extended' },
  caseMigrated: { zh: '迁移到新版本', en: 'Moved to a new flow version' },
  caseCancelled: { zh: '撤销', en: 'Cancelled' },
  caseClosed: { zh: '结案', en: 'Closed' },
};

/** The host's own event types (case-event-codec.ts `HOST_EVENT_TYPES`). */
const HOST_EVENT_TITLES: Readonly<Record<string, EventTitle>> = {
  caseOpened: { zh: '案件受理', en: 'Case opened' },
  receiptBackdated: { zh: '补录受理时间', en: 'Date of receipt backdated' },
  caseAssigned: { zh: '分配经办人', en: 'Assigned' },
  commentAdded: { zh: '备注', en: 'Comment' },
  customerFieldRevealed: { zh: '查看客户信息', en: 'Customer data revealed' },
  slaRecomputed: { zh: '时效重新计算', en: 'SLA due time recomputed' },
  slaCalendarChecked: { zh: '按新日历核对时效（未变）', en: 'SLA due time checked on a new calendar' },
  caseLinked: { zh: '关联案件', en: 'Cases linked' },
  offerApprovalRequested: { zh: '方案送审', en: 'Offer sent for approval' },
  offerApprovalDecided: { zh: '方案审批', en: 'Offer approval decided' },
  complaintExtensionRequested: { zh: '申请投诉延期', en: 'Complaint extension requested' },
  complaintExtensionDecided: { zh: '投诉延期审批', en: 'Complaint extension decided' },
  customerLinkIssued: { zh: '发送客户链接', en: 'Customer link sent' },
  agreementRecorded: { zh: '协议存证', en: 'Agreement recorded' },
  agreementRead: { zh: '查看已签署协议', en: 'Signed agreement read' },
  attachmentAdded: { zh: '添加附件', en: 'Attachment added' },
  attachmentRead: { zh: '查阅附件', en: 'Attachment downloaded' },
  notificationRequested: { zh: '发送通知', en: 'Notification requested' },
  integrationCallRequested: { zh: '调用外部系统', en: 'External system called' },
  surveyRequested: { zh: '发送满意度调查', en: 'Survey sent' },
  linkedCaseRequested: { zh: '发起关联案件', en: 'Linked case requested' },
  signatureRequested: { zh: '请求签署', en: 'Signature requested' },
  pluginEffectRequested: { zh: '执行插件动作', en: 'Plug-in action requested' },
  complaintFindingRecorded: { zh: '记录投诉溯源整改', en: 'Complaint finding recorded' },
  surveySent: { zh: '发出调查邀请', en: 'Survey invitation sent' },
  surveyReminderSent: { zh: '发送调查提醒', en: 'Survey reminder sent' },
  surveyAnswered: { zh: '客户提交调查', en: 'Survey answered' },
};

/** Every type with a text (the engine's and the host's). */
export const TITLED_EVENT_TYPES: readonly string[] = [
  ...Object.keys(ENGINE_EVENT_TITLES),
  ...Object.keys(HOST_EVENT_TITLES),
];

/** The event type's text; an unknown type (a plug-in's, a future one) is shown as itself in both. */
export function eventTitle(type: string): EventTitle {
  const own = (table: Readonly<Record<string, EventTitle>>) =>
    Object.prototype.hasOwnProperty.call(table, type) ? table[type] : undefined;
  return own(ENGINE_EVENT_TITLES) ?? own(HOST_EVENT_TITLES) ?? { zh: type, en: type };
}
