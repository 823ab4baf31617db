/**
 * The case screen's component-test fixture: a case at review (or wherever `activeSteps` says) served by
 * the shared fake network (src/test/fake-urql.ts), and the screen mounted for a viewer with the given
 * permissions. Used by CaseScreen.test.ts and records/CaseRecords.test.ts.
 */
import { mount, type DOMWrapper } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import type { Operation } from '@urql/core';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { answer, fakeExchange, operationName, refusal } from '../../../test/fake-urql';
import { useSessionStore } from '../../session';
import CasePage from '../components/CasePage.vue';

const STEPS = [
  {
    key: 'apply',
    kind: 'FORM',
    name: { zh: '提交申请', en: 'Apply' },
    config: {},
    form: {
      fields: [
        { name: 'customerName', type: 'text', label: { zh: '客户姓名', en: 'Customer name' } },
        { name: 'matter', type: 'select', label: { zh: '协商事项', en: 'Matter' } },
      ],
    },
  },
  { key: 'review', kind: 'REVIEW', name: { zh: '审核', en: 'Review' }, config: {}, form: null },
  { key: 'confirm', kind: 'CONFIRMATION', name: { zh: '方案确认', en: 'Confirm' }, config: {}, form: null },
  { key: 'done', kind: 'END', name: { zh: '结束', en: 'End' }, config: {}, form: null },
];

const USER = { kind: 'USER', displayName: '王经理' };
const CUSTOMER = { kind: 'CUSTOMER', displayName: null };
const SYSTEM = { kind: 'SYSTEM', displayName: null };

function event(seq: number, type: string, title: [string, string], performedBy: object, data: object = {}) {
  return {
    node: {
      seq,
      type,
      at: '2026-03-02T02:00:00.000Z',
      actorKey: 'x',
      data,
      title: { zh: title[0], en: title[1] },
      performedBy,
    },
  };
}

function caseDetail(activeSteps: string[], more = false) {
  return {
    id: 'case-1',
    reference: 'C-2026-000042',
    status: 'OPEN',
    activeSteps,
    dueAt: '2026-03-20T15:59:59.000Z',
    dueAtProvisional: false,
    sla: null,
    complaintClock: null,
    flowVersion: {
      version: 3,
      steps: STEPS,
      transitions: [
        { from: 'apply', to: 'review' },
        { from: 'review', to: 'confirm' },
        { from: 'confirm', to: 'done' },
      ],
    },
    channel: 'APP',
    openedAt: '2026-03-02T02:00:00.000Z',
    closedAt: null,
    outcome: null,
    findingRequired: false,
    finding: null,
    departmentCode: 'CUSTOMER_SERVICE',
    customer: {
      name: '张*',
      phone: '138****8000',
      idNumber: '110***********002X',
      bankCard: null,
      address: null,
    },
    assignee: { username: 'agent', displayName: '王经理' },
    queue: null,
    events: {
      edges: [
        event(1, 'caseOpened', ['案件受理', 'Case opened'], USER),
        event(2, 'stepCompleted', ['完成环节', 'Step completed'], USER, {
          stepKey: 'apply',
          outcome: 'submitted',
          data: { customerName: '张*', matter: 'overdue-repayment' },
        }),
        event(3, 'stepCompleted', ['完成环节', 'Step completed'], USER, {
          stepKey: 'review',
          outcome: 'approved',
          data: {},
          note: '材料齐全',
        }),
        event(4, 'notificationRequested', ['发送通知', 'Notification requested'], SYSTEM, {}),
        event(5, 'customerResponded', ['客户答复', 'Customer answered'], CUSTOMER, {
          stepKey: 'confirm',
          response: 'changes-requested',
          comment: '期数再长些',
        }),
      ],
      pageInfo: { hasNextPage: more, endCursor: more ? 'cursor-5' : null },
    },
    contactAttempts: [
      {
        channel: 'phone',
        contact: '138****8000',
        answered: true,
        summary: '客户同意协商',
        at: '2026-03-02T03:00:00.000Z',
        performedBy: USER,
      },
    ],
    attachments: [
      {
        id: 'att-1',
        fileName: '收入证明.pdf',
        contentType: 'application/pdf',
        size: 2048,
        sha256: 'ab'.repeat(32),
        stepKey: null,
        uploadedBy: 'agent',
        uploadedAt: '2026-03-02T03:00:00.000Z',
      },
    ],
    links: [],
    followUps: [],
  };
}

export const AGREEMENT = {
  id: 'agr-1',
  sha256: 'c0ffee'.padEnd(64, '0'),
  size: 1234,
  signedAt: '2026-03-03T02:00:00.000Z',
  signerName: '张*',
  signatureKind: 'DRAWN',
};

export function mountScreen(opts: {
  permissions: string[];
  activeSteps?: string[];
  agreement?: boolean;
  moreEvents?: boolean;
}) {
  const sent: Operation[] = [];
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((operation) => {
        sent.push(operation);
        const vars = (operation.variables ?? {}) as Record<string, unknown>;
        switch (operationName(operation)) {
          case 'CaseDetail':
            return answer(operation, { case: caseDetail(opts.activeSteps ?? ['review'], opts.moreEvents) });
          case 'CaseEventsPage':
            return answer(operation, {
              case: {
                id: 'case-1',
                events: {
                  edges: [event(6, 'commentAdded', ['备注', 'Comment'], USER, { text: '第二页的记录' })],
                  pageInfo: { hasNextPage: false, endCursor: null },
                },
              },
            });
          case 'CaseOffers':
            return answer(operation, {
              case: { id: 'case-1', offers: [], agreement: opts.agreement ? AGREEMENT : null },
            });
          case 'DepartmentNames':
            return answer(operation, {
              departments: [{ code: 'CUSTOMER_SERVICE', name: { zh: '客服部门', en: 'Customer service' } }],
            });
          case 'RevealCustomerField':
            return vars['field'] === 'PHONE'
              ? answer(operation, { revealCustomerField: '13800138000' })
              : refusal(operation, 'FORBIDDEN', { zh: '无权查看', en: 'Not allowed' });
          case 'CaseByReference':
            return answer(operation, {
              caseByReference:
                vars['reference'] === 'C-2026-000007' ? { id: 'case-7', reference: 'C-2026-000007' } : null,
            });
          case 'LinkCases':
            return answer(operation, { linkCases: { replayed: false } });
          case 'AddCaseAttachment':
            return answer(operation, { addAttachment: { id: 'att-2', fileName: vars['fileName'] } });
          case 'VerifyCaseAgreement':
            return answer(operation, {
              verifyAgreement: {
                ok: true,
                recordedSha256: AGREEMENT.sha256,
                actualSha256: AGREEMENT.sha256,
                signedEventSeq: 17,
              },
            });
          case 'CaseAttachmentContent':
            return answer(operation, {
              case: {
                id: 'case-1',
                attachment: {
                  id: vars['attachmentId'],
                  fileName: '收入证明.pdf',
                  contentType: 'application/pdf',
                  contentBase64: 'JVBERg==',
                },
              },
            });
          default:
            return refusal(operation, 'NOT_FOUND');
        }
      }),
    ],
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/inbox', name: 'inbox', component: { render: () => null } },
      { path: '/cases/:id', name: 'case', component: { render: () => null } },
    ],
  });
  void router.push('/cases/case-1');
  const SignedIn = defineComponent({
    setup() {
      useSessionStore().user = {
        id: 'u1',
        username: 'agent',
        displayName: '王经理',
        permissions: opts.permissions,
      };
      return () => h(CasePage, { id: 'case-1' });
    },
  });
  const wrapper = mount(SignedIn, {
    attachTo: document.body,
    global: { plugins: [createPinia(), router, i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  const count = (name: string) => sent.filter((o) => operationName(o) === name).length;
  return { wrapper, sent, count };
}

export const byId = (wrapper: { find: (selector: string) => DOMWrapper<Element> }, id: string) =>
  wrapper.find(`[data-testid="${id}"]`);
