import { fill } from '../shared/localized-text';
import type { LocalizedText } from '../shared/localized-text';
import { COMMUNICATION_CHANNELS, END_OUTCOMES } from '../definition/step.types';
import type {
  ActionStep,
  CommunicationStep,
  ConfirmationStep,
  DecisionStep,
  EndStep,
  FormStep,
  NotificationStep,
  ParallelJoinStep,
  ParallelSplitStep,
  PlanStep,
  ReviewStep,
  SignatureStep,
  SubflowStep,
  SurveyStep,
  WaitStep,
} from '../definition/step.types';
import { checkSurveyRefShape, ownSurveyForm } from '../definition/survey-ref';
import { defineStepType } from './define';
import type { PluginIssue, StepCheckContext } from './plugin.types';

const REF_MESSAGES = {
  form: { zh: '引用了不存在的表单「{ref}」', en: 'Refers to an unknown form "{ref}"' },
  role: { zh: '要求的角色「{ref}」不存在', en: 'The required role "{ref}" does not exist' },
  step: { zh: '引用了不存在的步骤「{ref}」', en: 'Refers to an unknown step "{ref}"' },
  action: { zh: '未注册的动作「{ref}」', en: 'No action "{ref}" is registered' },
} as const satisfies Record<string, LocalizedText>;

type RefKind = keyof typeof REF_MESSAGES;
const CODES: Record<RefKind, string> = {
  form: 'UNKNOWN_FORM',
  role: 'UNKNOWN_ROLE',
  step: 'UNKNOWN_STEP',
  action: 'UNKNOWN_ACTION',
};

/** A reference check with the message step kinds use (`UNKNOWN_ACTION` …); empty when known. */
export function ref(
  kind: RefKind,
  value: string | undefined,
  path: string,
  ctx: StepCheckContext,
): PluginIssue[] {
  if (value === undefined) return [];
  const known = { form: ctx.formKeys, role: ctx.roleKeys, step: ctx.stepKeys, action: ctx.actionNames }[kind];
  return known.has(value)
    ? []
    : [{ code: CODES[kind], path, message: fill(REF_MESSAGES[kind], { ref: value }) }];
}

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

export const formStepType = defineStepType<FormStep>({
  kind: 'form',
  label: { zh: '表单填写', en: 'Form' },
  completion: 'submit',
  outcomes: ['submitted'],
  formsOf: (s) => [s.form],
  checkStep: (s, ctx) => ref('form', s.form, 'form', ctx),
});

export const reviewStepType = defineStepType<ReviewStep>({
  kind: 'review',
  label: { zh: '审核/审批', en: 'Review / approval' },
  completion: 'review',
  outcomes: ['approved', 'rejected'],
  formsOf: (s) => (s.form ? [s.form] : []),
  checkStep: (s, ctx) => [
    ...ref('role', s.requiredRole, 'requiredRole', ctx),
    ...ref('form', s.form, 'form', ctx),
  ],
});

export const communicationStepType = defineStepType<CommunicationStep>({
  kind: 'communication',
  label: { zh: '沟通记录', en: 'Communication log' },
  completion: 'communication',
  outcomes: ['answered', 'unanswered'],
  checkStep(s) {
    const bad = s.channels.filter((c) => !COMMUNICATION_CHANNELS.includes(c));
    if (s.channels.length > 0 && bad.length === 0) return [];
    return [
      {
        code: 'INVALID_CHANNEL',
        path: 'channels',
        message: {
          zh: `沟通渠道须为 ${COMMUNICATION_CHANNELS.join('/')} 中的至少一种`,
          en: `Channels must be one or more of ${COMMUNICATION_CHANNELS.join('/')}`,
        },
      },
    ];
  },
});

export const planStepType = defineStepType<PlanStep>({
  kind: 'plan',
  label: { zh: '方案制定', en: 'Plan drafting' },
  completion: 'offer',
  outcomes: ['proposed'],
  formsOf: (s) => (s.form ? [s.form] : []),
  checkStep: (s, ctx) => ref('form', s.form, 'form', ctx),
});

export const confirmationStepType = defineStepType<ConfirmationStep>({
  kind: 'confirmation',
  label: { zh: '客户确认', en: 'Customer confirmation' },
  completion: 'confirmation',
  outcomes: ['accepted', 'changes-requested'],
});

export const signatureStepType = defineStepType<SignatureStep>({
  kind: 'signature',
  label: { zh: '电子签署', en: 'E-signature' },
  completion: 'signature',
  outcomes: ['signed'],
  onEnter(s, ctx) {
    ctx.effect({ type: 'request-signature', stepKey: s.key, signer: s.signer });
  },
});

export const surveyStepType = defineStepType<SurveyStep>({
  kind: 'survey',
  label: { zh: '满意度调查', en: 'Survey' },
  completion: 'submit',
  outcomes: ['answered'],
  // A published survey is no form of the flow: its answers are not checked against one here.
  formsOf: (s) => {
    const own = ownSurveyForm(s.survey);
    return own === undefined ? [] : [own];
  },
  checkStep: (s, ctx) => [
    ...checkSurveyRefShape(s.survey).map((i) => ({ ...i, path: i.path ? `survey.${i.path}` : 'survey' })),
    ...ref('form', ownSurveyForm(s.survey), 'survey', ctx),
  ],
  onEnter(s, ctx) {
    ctx.effect({ type: 'send-survey', survey: s.survey, stepKey: s.key });
  },
});

export const notificationStepType = defineStepType<NotificationStep>({
  kind: 'notification',
  label: { zh: '通知', en: 'Notification' },
  completion: 'auto',
  outcomes: ['sent'],
  checkStep: (s, ctx) =>
    typeof s.recipient === 'object' ? ref('role', s.recipient.role, 'recipient.role', ctx) : [],
  onEnter(s, ctx) {
    ctx.effect({ type: 'notify', channel: s.channel, recipient: s.recipient, template: s.template });
    return 'sent';
  },
});

export const actionStepType = defineStepType<ActionStep>({
  kind: 'action',
  label: { zh: '自动动作', en: 'Automated action' },
  completion: 'auto',
  outcomes: ['done'],
  checkStep: (s, ctx) => ref('action', s.action, 'action', ctx),
  onEnter: (s, ctx) => ctx.runAction(s.action, s.options),
});

export const waitStepType = defineStepType<WaitStep>({
  kind: 'wait',
  label: { zh: '等待/定时', en: 'Wait / timer' },
  completion: 'timer',
  outcomes: ['elapsed'],
  checkStep: (s) => [
    ...(ISO_DURATION.test(s.duration)
      ? []
      : [
          {
            code: 'INVALID_DURATION',
            path: 'duration',
            message: fill(
              {
                zh: '「{d}」不是 ISO 8601 时长（如 P3D、PT4H）',
                en: '"{d}" is not an ISO 8601 duration (e.g. P3D, PT4H)',
              },
              { d: s.duration },
            ),
          },
        ]),
    ...(s.followUp === undefined || s.followUp === 'followUp' || s.followUp === 'returnVisit'
      ? []
      : [
          {
            code: 'INVALID_FOLLOW_UP',
            path: 'followUp',
            message: {
              zh: 'followUp 须为 followUp（跟进）或 returnVisit（回访）',
              en: 'followUp must be followUp or returnVisit',
            },
          },
        ]),
  ],
  onEnter(s, ctx) {
    ctx.scheduleTimer(s.duration);
  },
});

export const decisionStepType = defineStepType<DecisionStep>({
  kind: 'decision',
  label: { zh: '条件分支', en: 'Decision' },
  completion: 'branch',
  outcomes: [],
});

export const parallelSplitStepType = defineStepType<ParallelSplitStep>({
  kind: 'parallel-split',
  label: { zh: '并行分支', en: 'Parallel split' },
  completion: 'fork',
  outcomes: [],
});

export const parallelJoinStepType = defineStepType<ParallelJoinStep>({
  kind: 'parallel-join',
  label: { zh: '并行汇合', en: 'Parallel join' },
  completion: 'join',
  outcomes: [],
  checkStep: (s, ctx) => ref('step', s.split, 'split', ctx),
});

export const subflowStepType = defineStepType<SubflowStep>({
  kind: 'subflow',
  label: { zh: '子流程/关联案件', en: 'Sub-flow / linked case' },
  completion: 'linked-case',
  outcomes: ['started', 'closed'],
  onEnter(s, ctx) {
    ctx.effect({
      type: 'start-linked-case',
      template: s.template,
      linkedCaseId: ctx.newId(),
      stepKey: s.key,
    });
    // A detached sub-flow only starts the linked case; the parent moves on at once.
    return s.wait ? undefined : 'started';
  },
});

export const endStepType = defineStepType<EndStep>({
  kind: 'end',
  label: { zh: '结束', en: 'End' },
  completion: 'terminal',
  outcomes: [],
  checkStep: (s) =>
    END_OUTCOMES.includes(s.outcome)
      ? []
      : [
          {
            code: 'INVALID_OUTCOME',
            path: 'outcome',
            message: fill(
              { zh: '结束结果须为 {list} 之一', en: 'The outcome must be one of {list}' },
              { list: END_OUTCOMES.join(', ') },
            ),
          },
        ],
});

export const builtInStepTypes = [
  formStepType,
  reviewStepType,
  communicationStepType,
  planStepType,
  confirmationStepType,
  signatureStepType,
  surveyStepType,
  notificationStepType,
  actionStepType,
  waitStepType,
  decisionStepType,
  parallelSplitStepType,
  parallelJoinStepType,
  subflowStepType,
  endStepType,
] as const;
