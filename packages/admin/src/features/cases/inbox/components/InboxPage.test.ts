// @vitest-environment happy-dom
/**
 * The workspace inbox against the shared fake network (src/test/fake-urql.ts): views, search, claim
 * and bulk claim with a result per case, saved views, load more, and a live reload when the
 * `queueCounts` subscription reports a change or `inboxChanges` names changed cases. The real server is exercised by e2e/workspace-inbox.spec.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus, { ElMessage } from 'element-plus';
import urql from '@urql/vue';
import { makeResult, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, fromPromise, makeSubject, map, merge, mergeMap, pipe, fromValue, type Subject } from 'wonka';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n, i18nPlugin } from '../../../../app/i18n';
import { createUrqlClient } from '../../../../app/urql-client';
import { answer, operationName, refusal } from '../../../../test/fake-urql';
import { CLOCK, type Clock } from '../../../../shared/ui/clock';
import { useSessionStore } from '../../../session';
import InboxPage from './InboxPage.vue';
import { INBOX_LIVE_DEBOUNCE_MS } from '../inbox.store';

const NOW = new Date('2026-11-20T02:00:00Z').getTime();
const fixedClock: Clock = { now: () => NOW, every: () => () => undefined };

function row(n: number, patch: { assignee?: string | null; dueAt?: string | null; slaState?: string } = {}) {
  const reference = `C-2026-00000${n}`;
  return {
    __typename: 'InboxItem',
    case: {
      __typename: 'Case',
      id: `case-${n}`,
      reference,
      status: 'OPEN',
      channel: 'HOTLINE',
      assignee: patch.assignee ? { __typename: 'User', id: 'u1', displayName: patch.assignee } : null,
      queue: { __typename: 'Queue', id: 'q1' },
    },
    customerName: '张*',
    customerPhone: '138****5678',
    flowName: { __typename: 'LocalizedText', zh: '投诉处理', en: 'Complaints' },
    currentSteps: [
      {
        __typename: 'InboxStep',
        key: 'receive',
        name: { __typename: 'LocalizedText', zh: '接收投诉', en: 'Receive' },
      },
    ],
    dueAt: patch.dueAt === undefined ? '2026-11-20T01:00:00Z' : patch.dueAt,
    warningAt: null,
    slaState: patch.slaState ?? 'BREACHED',
  };
}

interface Net {
  sent: Operation[];
  live: Subject<OperationResult>;
  changes: Subject<OperationResult>;
  rows: ReturnType<typeof row>[];
  more: ReturnType<typeof row>[];
  failClaim: Set<string>;
  savedViews: { id: string; name: string; view: string; filter: unknown }[];
  /** While set, the answer to a "load more" request waits for this promise. */
  holdMore?: Promise<void>;
  /** Once set, a first-page request answers every row up to `first` (the server after a load more). */
  firstPageHasMore?: boolean;
}

function network(net: Net): Exchange {
  return () => (ops$) => {
    const results$ = pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      mergeMap((op) => {
        net.sent.push(op);
        if (op.kind === 'subscription')
          return pipe(
            (operationName(op) === 'InboxChanges' ? net.changes : net.live).source,
            map((r) => ({ ...r, operation: op })),
          );
        const after = (op.variables as Record<string, unknown> | undefined)?.['after'];
        if (net.holdMore && operationName(op) === 'WorkspaceInbox' && after)
          return fromPromise(net.holdMore.then(() => respond(net, op)));
        return fromValue(respond(net, op));
      }),
    );
    return merge([results$]);
  };
}

function respond(net: Net, op: Operation): OperationResult {
  const vars = (op.variables ?? {}) as Record<string, unknown>;
  switch (operationName(op)) {
    case 'WorkspaceInbox': {
      const page = vars['after']
        ? net.more
        : net.firstPageHasMore
          ? [...net.rows, ...net.more].slice(0, Number(vars['first']))
          : net.rows;
      return answer(op, {
        inbox: {
          __typename: 'InboxConnection',
          edges: page.map((node) => ({ __typename: 'InboxEdge', cursor: `cur-${node.case.id}`, node })),
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: !vars['after'] && net.more.length > 0,
            endCursor: page.length ? `cur-${page[page.length - 1]!.case.id}` : null,
          },
        },
      });
    }
    case 'InboxViews':
      return answer(op, { inboxViews: net.savedViews.map((v) => ({ __typename: 'SavedInboxView', ...v })) });
    case 'InboxOptions':
      return answer(op, {
        flowTemplates: { __typename: 'FlowTemplateConnection', edges: [] },
        complaintCategories: { __typename: 'ComplaintCategoryConnection', edges: [] },
      });
    case 'InboxAssignees':
      return answer(op, { assignableUsers: [] });
    case 'ClaimInboxCase': {
      const id = vars['caseId'] as string;
      if (net.failClaim.has(id))
        return refusal(op, 'CONFLICT', { zh: '案件已被他人认领。', en: 'Someone else claimed the case.' });
      return answer(op, { claimCase: { __typename: 'CaseCommandResult', case: { __typename: 'Case', id } } });
    }
    case 'BulkCloseInbox': {
      const ids = vars['caseIds'] as string[];
      return answer(op, {
        bulkCloseCases: ids.map((caseId, i) => ({
          __typename: 'BulkCaseResult',
          caseId,
          ok: i === 0,
          errorCode: i === 0 ? null : 'INVALID_STATE',
          errorMessage:
            i === 0
              ? null
              : { __typename: 'LocalizedText', zh: '案件尚未办结。', en: 'The case is not resolved.' },
        })),
      });
    }
    case 'SaveInboxView': {
      const input = vars['input'] as { name: string; view: string; filter: unknown };
      const saved = { id: `v-${input.name}`, ...input, filter: input.filter ?? {} };
      net.savedViews.push(saved);
      return answer(op, { saveInboxView: { __typename: 'SavedInboxView', ...saved } });
    }
    default:
      return makeResult(op, { errors: [{ message: `unexpected ${operationName(op)}` }] });
  }
}

function mountPage(permissions: string[], patch: Partial<Net> = {}) {
  const net: Net = {
    sent: [],
    live: makeSubject<OperationResult>(),
    changes: makeSubject<OperationResult>(),
    rows: [row(1, { assignee: '李客服' }), row(2), row(3, { dueAt: null, slaState: 'OK' })],
    more: [],
    failClaim: new Set(),
    savedViews: [],
    ...patch,
  };
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({ getLocale: () => i18n.global.locale.value, exchanges: [network(net)] });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/inbox', component: InboxPage },
      { path: '/cases/new', component: { render: () => null } },
      { path: '/cases/:id', component: { render: () => null } },
    ],
  });
  const SignedIn = defineComponent({
    setup() {
      useSessionStore().user = { id: 'u1', username: 'u', displayName: 'U', permissions };
      return () => h(InboxPage);
    },
  });
  const wrapper = mount(SignedIn, {
    attachTo: document.body,
    global: {
      plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus, router],
      provide: { [CLOCK as symbol]: fixedClock },
    },
  });
  return { wrapper, net, router };
}

const inboxCalls = (net: Net) => net.sent.filter((op) => operationName(op) === 'WorkspaceInbox');
const lastInboxVars = (net: Net) => inboxCalls(net).at(-1)?.variables as Record<string, unknown>;

afterEach(() => {
  ElMessage.closeAll();
  document.body.innerHTML = '';
});

// Mounting Element Plus and loading the bulk bar's chunk is slow on a loaded machine.
describe('InboxPage', { timeout: 20_000 }, () => {
  it('shows my cases with masked customer, flow, step and a due badge; the views change the query', async () => {
    const { wrapper, net } = mountPage(['case.read', 'case.work']);
    await flushPromises();
    expect(lastInboxVars(net)).toMatchObject({ view: 'MY_CASES', filter: null, first: 50, after: null });
    const first = wrapper.get('[data-testid="inbox-row-C-2026-000001"]');
    expect(first.get('[data-testid="cell-customer"]').text()).toContain('张*');
    expect(first.get('[data-testid="cell-flow"]').text()).toBe('投诉处理');
    expect(first.get('[data-testid="cell-step"]').text()).toBe('接收投诉');
    expect(first.get('[data-testid="due-badge"]').attributes('data-tone')).toBe('breached');
    expect(first.get('[data-testid="due-countdown"]').text()).toBe('已超时 01:00:00');
    expect(
      wrapper
        .get('[data-testid="inbox-row-C-2026-000003"] [data-testid="due-badge"]')
        .attributes('data-tone'),
    ).toBe('none');
    // Claim only on unassigned rows.
    expect(wrapper.find('[data-testid="claim-C-2026-000001"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="claim-C-2026-000002"]').exists()).toBe(true);
    expect(wrapper.get('[data-testid="new-case"]').attributes('href')).toBe('/cases/new');

    await wrapper.get('[data-testid="inbox-view-MY_QUEUES"]').trigger('click');
    await flushPromises();
    expect(lastInboxVars(net)).toMatchObject({ view: 'MY_QUEUES' });
    expect(wrapper.get('[data-testid="inbox-view-MY_QUEUES"]').attributes('aria-selected')).toBe('true');
  });

  it('searches only by a full case number, phone or ID number', async () => {
    const { wrapper, net } = mountPage(['case.read', 'case.work']);
    await flushPromises();
    const before = inboxCalls(net).length;
    await wrapper.get('[data-testid="inbox-search"]').setValue('1380013');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="inbox-search-error"]').text()).toBe(
      '请输入完整的案件编号、手机号或身份证号。',
    );
    expect(inboxCalls(net).length).toBe(before);
    await wrapper.get('[data-testid="inbox-search"]').setValue('138 1234 5678');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-testid="inbox-search-error"]').exists()).toBe(false);
    expect(lastInboxVars(net)['filter']).toEqual({ search: '138 1234 5678' });
  });

  it('bulk-claims the selected cases and shows each case’s result', async () => {
    const { wrapper, net } = mountPage(['case.read', 'case.work'], { failClaim: new Set(['case-3']) });
    await flushPromises();
    await wrapper.get('[data-testid="select-C-2026-000002"] input').setValue(true);
    await wrapper.get('[data-testid="select-C-2026-000003"] input').setValue(true);
    // The bulk bar is its own chunk, loaded with the first selection.
    await vi.dynamicImportSettled();
    await flushPromises();
    expect(wrapper.get('[data-testid="bulk-count"]').text()).toBe('已选 2 件');
    // Reassign and close need case.assign.
    expect(wrapper.find('[data-testid="bulk-reassign"]').exists()).toBe(false);
    await wrapper.get('[data-testid="bulk-claim"]').trigger('click');
    await flushPromises();
    const claims = net.sent.filter((op) => operationName(op) === 'ClaimInboxCase').map((op) => op.variables);
    expect(claims).toEqual([{ caseId: 'case-2' }, { caseId: 'case-3' }]);
    expect(wrapper.get('[data-testid="bulk-summary"]').text()).toBe('1 件成功，1 件失败');
    expect(wrapper.get('[data-testid="bulk-result-C-2026-000002"]').text()).toContain('成功');
    expect(wrapper.get('[data-testid="bulk-result-C-2026-000003"]').text()).toContain('案件已被他人认领。');
    expect(wrapper.get('[data-testid="row-outcome-C-2026-000003"]').text()).toBe('失败');
    // The failed case stays selected for another try.
    expect(wrapper.get('[data-testid="bulk-count"]').text()).toBe('已选 1 件');
  });

  it('closes the selected cases with a note for a supervisor, reporting each case', async () => {
    const { wrapper, net } = mountPage(['case.read', 'case.work', 'case.assign']);
    await flushPromises();
    expect(net.sent.some((op) => operationName(op) === 'InboxAssignees')).toBe(true);
    await wrapper.get('[data-testid="select-all"] input').setValue(true);
    await vi.dynamicImportSettled();
    await flushPromises();
    expect(wrapper.get('[data-testid="bulk-count"]').text()).toBe('已选 3 件');
    await wrapper.get('[data-testid="bulk-close"]').trigger('click');
    await wrapper.get('[data-testid="bulk-note"]').setValue('已回访');
    await wrapper.get('[data-testid="bulk-confirm"]').trigger('click');
    await flushPromises();
    const close = net.sent.find((op) => operationName(op) === 'BulkCloseInbox');
    expect(close?.variables).toEqual({ caseIds: ['case-1', 'case-2', 'case-3'], note: '已回访' });
    expect(wrapper.get('[data-testid="bulk-summary"]').text()).toBe('1 件成功，2 件失败');
    expect(wrapper.get('[data-testid="bulk-result-C-2026-000002"]').text()).toContain('案件尚未办结。');
  });

  it('reloads when the live queue counts change, and loads more with the cursor', async () => {
    const { wrapper, net } = mountPage(['case.read'], { more: [row(4, { slaState: 'OK' })] });
    await flushPromises();
    expect(net.sent.some((op) => op.kind === 'subscription')).toBe(true);
    const loads = inboxCalls(net).length;
    const counts = {
      queueCounts: [
        {
          __typename: 'QueueCount',
          queue: { __typename: 'Queue', id: 'q1' },
          open: 1,
          unassigned: 1,
          overdue: 0,
        },
      ],
    };
    const countsOp = net.sent.find((op) => operationName(op) === 'InboxLive')!;
    net.live.next(makeResult(countsOp, { data: counts }));
    await flushPromises();
    // The first push is the subscription's starting point, not a change.
    expect(inboxCalls(net).length).toBe(loads);
    net.rows = [...net.rows, row(5, { slaState: 'OK' })];
    net.live.next(makeResult(countsOp, { data: counts }));
    await expect.poll(() => inboxCalls(net).length).toBe(loads + 1);
    await flushPromises();
    expect(wrapper.find('[data-testid="inbox-row-C-2026-000005"]').exists()).toBe(true);

    await wrapper.get('[data-testid="inbox-load-more"]').trigger('click');
    await flushPromises();
    expect(lastInboxVars(net)['after']).toBe('cur-case-5');
    expect(wrapper.find('[data-testid="inbox-row-C-2026-000004"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="inbox-load-more"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="inbox-end"]').text()).toBe('已全部加载');
  });

  it('reloads the rows once when inboxChanges names changed cases, keeping the list length', async () => {
    const { wrapper, net } = mountPage(['case.read']);
    await flushPromises();
    const changesOp = net.sent.find((op) => operationName(op) === 'InboxChanges');
    expect(changesOp?.kind).toBe('subscription');
    const loads = inboxCalls(net).length;
    // Case 2 moved to its next step: same counts, a new step in its row.
    net.rows = net.rows.map((r) =>
      r.case.id === 'case-2'
        ? {
            ...r,
            currentSteps: [
              {
                __typename: 'InboxStep',
                key: 'classify',
                name: { __typename: 'LocalizedText', zh: '投诉分类', en: 'Classify' },
              },
            ],
          }
        : r,
    );
    const change = (version: number) =>
      makeResult(changesOp!, {
        data: {
          inboxChanges: [
            { __typename: 'InboxCaseChange', caseId: 'case-2', version, updatedAt: '2026-11-20T02:00:00Z' },
          ],
        },
      });
    // A burst of changes costs one reload.
    net.changes.next(change(7));
    net.changes.next(change(8));
    await expect.poll(() => inboxCalls(net).length).toBe(loads + 1);
    await flushPromises();
    expect(lastInboxVars(net)).toMatchObject({ view: 'MY_CASES', first: 50, after: null });
    expect(wrapper.get('[data-testid="inbox-row-C-2026-000002"] [data-testid="cell-step"]').text()).toBe(
      '投诉分类',
    );
    // An empty batch changes nothing.
    net.changes.next(makeResult(changesOp!, { data: { inboxChanges: [] } }));
    net.changes.next(change(9));
    await expect.poll(() => inboxCalls(net).length).toBe(loads + 2);
  });

  it('a live change while "load more" is on its way waits for it, and keeps the rows it adds', async () => {
    const { wrapper, net } = mountPage(['case.read'], { more: [row(4, { slaState: 'OK' })] });
    await flushPromises();
    const changesOp = net.sent.find((op) => operationName(op) === 'InboxChanges')!;
    let release = () => undefined as void;
    net.holdMore = new Promise<void>((resolve) => (release = resolve));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await wrapper.get('[data-testid="inbox-load-more"]').trigger('click');
      await flushPromises();
      const loads = inboxCalls(net).length;
      net.changes.next(
        makeResult(changesOp, {
          data: {
            inboxChanges: [
              {
                __typename: 'InboxCaseChange',
                caseId: 'case-1',
                version: 3,
                updatedAt: '2026-11-20T02:00:00Z',
              },
            ],
          },
        }),
      );
      // Well past the quiet time: no reload while the added page is still on its way.
      await vi.advanceTimersByTimeAsync(INBOX_LIVE_DEBOUNCE_MS * 4);
      expect(inboxCalls(net).length).toBe(loads);
      // The server now has the added row on its first page too, as it would after a load more.
      net.firstPageHasMore = true;
      release();
      await flushPromises();
      expect(wrapper.find('[data-testid="inbox-row-C-2026-000004"]').exists()).toBe(true);
      await vi.advanceTimersByTimeAsync(INBOX_LIVE_DEBOUNCE_MS * 2);
      await flushPromises();
      expect(inboxCalls(net).length).toBe(loads + 1);
      expect(wrapper.findAll('[data-testid^="inbox-row-"]')).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves the current view and applies a saved one', async () => {
    const { wrapper, net } = mountPage(['case.read'], {
      savedViews: [{ id: 'v1', name: '超时', view: 'UNASSIGNED', filter: { slaStates: ['BREACHED'] } }],
    });
    await flushPromises();
    await wrapper.get('[data-testid="apply-view-超时"]').trigger('click');
    await flushPromises();
    expect(lastInboxVars(net)).toMatchObject({ view: 'UNASSIGNED', filter: { slaStates: ['BREACHED'] } });
    await wrapper.get('[data-testid="save-view"]').trigger('click');
    await wrapper.get('[data-testid="save-view-name"]').setValue('我的');
    await wrapper.get('[data-testid="save-view-submit"]').trigger('click');
    await flushPromises();
    const save = net.sent.find((op) => operationName(op) === 'SaveInboxView');
    expect(save?.variables).toEqual({
      input: { name: '我的', view: 'UNASSIGNED', filter: { slaStates: ['BREACHED'] } },
    });
    expect(wrapper.find('[data-testid="saved-view-我的"]').exists()).toBe(true);
  });
});
