// @vitest-environment happy-dom
/**
 * The insight page against a fake network: the Satisfaction, Findings and Report tabs (contract queries
 * of issue 12) with ids named for people, the filter read from the URL into the query, the report's
 * XLSX export read back, and the server's refusals shown under the filter and in the tab.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import ExcelJS from 'exceljs';
import type { Operation, OperationResult } from '@urql/core';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { CLOCK, type Clock } from '../../../shared/ui/clock';
import { answer, fakeExchange, operationName, refusal } from '../../../test/fake-urql';
import { makeResult } from '@urql/core';
import InsightPage from './InsightPage.vue';

vi.mock('./InsightChart.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: {
      data: { type: Object, required: true },
      spec: { type: Object, required: true },
      title: { type: String, default: '' },
      testId: { type: String, default: '' },
    },
    setup: (props) => () => {
      const data = props.data as { categories: string[]; series: { name: string; data: unknown[] }[] };
      return h(
        'div',
        { 'data-testid': props.testId },
        `${data.categories.join('|')} :: ${data.series.map((s) => `${s.name}=${s.data.join(',')}`).join(' ; ')}`,
      );
    },
  }),
}));

// The machine is shared and Element Plus is heavy to mount under load.
const SLOW = 90_000;
const NOW = Date.parse('2026-12-06T08:00:00Z');
const clock: Clock = { now: () => NOW, every: () => () => undefined };
const L = (zh: string, en: string) => ({ zh, en });
const scores = (answered: number, nps: number | null, csat: number | null, ces: number | null) => ({
  sent: 10,
  answered,
  responseRate: answered / 10,
  npsCount: answered,
  nps,
  csatCount: answered,
  csat,
  cesCount: answered,
  ces,
});

const FLOW_NAMES = {
  flowTemplates: {
    edges: [
      {
        node: {
          key: 'complaint-handling',
          name: L('投诉处理', 'Complaint handling'),
          versions: [{ version: 1, steps: [{ key: 'triage', name: L('分派', 'Triage') }] }],
        },
      },
    ],
  },
};
const NAMES = {
  departments: [{ code: 'CUSTOMER_SERVICE', name: L('客户服务部', 'Customer service') }],
  assignableUsers: [{ id: 'VXNlcjox', displayName: '王小明' }],
  complaintCategories: { edges: [{ node: { id: 'Q2F0OjE=', name: L('信用卡年费', 'Card annual fee') } }] },
};
const ROOT_CAUSES = [
  { code: 'pricing-fees', label: L('收费与定价', 'Pricing and fees') },
  { code: 'staff-error', label: L('员工操作差错', 'Staff error') },
];
const SATISFACTION = {
  totals: scores(5, 40, 0.8, 2.5),
  days: [
    { day: '2026-12-05', scores: scores(2, 100, 1, 2) },
    { day: '2026-12-06', scores: scores(3, 0, 0.667, 3) },
  ],
  byAgent: [{ key: 'VXNlcjox', scores: scores(5, 40, 0.8, 2.5) }],
  byFlow: [{ key: 'complaint-handling@1', scores: scores(5, 40, 0.8, 2.5) }],
  byCategory: [{ key: 'Q2F0OjE=', scores: scores(5, 40, 0.8, 2.5) }],
  byOutcome: [{ key: 'resolved', scores: scores(5, 40, 0.8, 2.5) }],
  complaintRate: 125,
  complaintsOpened: 1,
  customersServed: 80,
  complaintRateDays: [{ day: '2026-12-06', complaints: 1, served: 80, rate: 125 }],
};
const FINDINGS = {
  total: 3,
  byCause: [
    { rootCause: 'staff-error', count: 1 },
    { rootCause: 'pricing-fees', count: 2 },
  ],
  byCategory: [
    { category: 'Q2F0OjE=', rootCause: 'pricing-fees', count: 2 },
    { category: 'Q2F0OjE=', rootCause: 'staff-error', count: 1 },
  ],
  days: [{ day: '2026-12-06', rootCause: 'pricing-fees', count: 2 }],
};
const reportRow = (channel: string, received: number, closed: number, onTime: number) => ({
  channel,
  businessType: channel ? '银行卡' : '',
  cause: channel ? '收费定价' : '',
  received,
  closed,
  closedOnTime: onTime,
  extended: 0,
  late: closed - onTime,
  open: received - closed,
  onTimeShare: closed ? onTime / closed : null,
  outcomes: [{ outcome: 'resolved', count: closed }],
});
const REPORT = {
  from: '2026-12-01',
  to: '2026-12-06',
  rows: [reportRow('HOTLINE', 4, 3, 2), reportRow('APP', 1, 0, 0)],
  totals: reportRow('', 5, 3, 2),
};

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

async function mountAt(
  url: string,
  locale: 'zh-CN' | 'en' = 'zh-CN',
  override: (op: Operation) => OperationResult | undefined = () => undefined,
): Promise<{ router: Router; sent: Operation[] }> {
  const sent: Operation[] = [];
  const exchange = fakeExchange((op) => {
    sent.push(op);
    const special = override(op);
    if (special) return special;
    switch (operationName(op)) {
      case 'InsightFlowNames':
        return answer(op, FLOW_NAMES);
      case 'InsightNames':
        return answer(op, NAMES);
      case 'InsightRootCauses':
        return answer(op, { complaintRootCauses: ROOT_CAUSES });
      case 'InsightStatus':
        return answer(op, {
          insightStatus: { lagMs: 0, caughtUp: true, foldedUpTo: '2026-12-06T07:59:00Z' },
        });
      case 'InsightSatisfactionTab':
        return answer(op, { insightSatisfaction: SATISFACTION });
      case 'InsightFindingsTab':
        return answer(op, { insightFindings: FINDINGS });
      case 'InsightComplaintReport':
        return answer(op, { complaintReport: REPORT });
      default:
        return makeResult(op, { errors: [{ message: `unexpected ${operationName(op)}` }] });
    }
  });
  const client = createUrqlClient({ getLocale: () => locale, exchanges: [exchange] });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/insight', component: InsightPage }],
  });
  await router.push(url);
  await router.isReady();
  wrapper = mount(InsightPage, {
    attachTo: document.body,
    global: {
      plugins: [createPinia(), i18nPlugin(createAppI18n(locale)), [urql, client], ElementPlus, router],
      provide: { [CLOCK as symbol]: clock },
    },
  });
  await flushPromises();
  await flushPromises();
  return { router, sent };
}

const cells = (testId: string) =>
  [...document.querySelectorAll(`[data-testid="${testId}"] tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
  );
const text = (testId: string) =>
  document.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? '';

describe('Insight page', () => {
  it(
    'shows satisfaction with people and flows by name, and sends the URL filter to the server',
    async () => {
      const { sent } = await mountAt(
        '/insight?tab=satisfaction&from=2026-12-01&to=2026-12-06&channel=HOTLINE&flow=complaint-handling@1',
      );
      const query = sent.find((op) => operationName(op) === 'InsightSatisfactionTab')!;
      expect(query.variables).toEqual({
        filter: {
          from: '2026-12-01',
          to: '2026-12-06',
          channel: 'HOTLINE',
          flowKey: 'complaint-handling',
          flowVersion: 1,
        },
      });
      expect(text('insight-kpi-nps')).toContain('40.0');
      expect(text('insight-kpi-csat')).toContain('80.0%');
      expect(text('insight-kpi-complaintRate')).toContain('125.00');
      expect(text('insight-kpi-complaintRate')).toContain('1 件投诉 ÷ 80 位服务客户');
      expect(cells('insight-satisfaction-agent-table')).toEqual([['王小明', '5', '40.0', '80.0%', '2.5']]);
      expect(cells('insight-satisfaction-flow-table')[0]![0]).toBe('投诉处理 v1');
      expect(cells('insight-satisfaction-category-table')[0]![0]).toBe('信用卡年费');
      expect(cells('insight-satisfaction-outcome-table')[0]![0]).toBe('已解决');
      // The chart gets the same rows as the table: NPS and CES per day.
      expect(text('insight-satisfaction-days-chart')).toBe('2026-12-05|2026-12-06 :: NPS=100,0 ; CES=2,3');
      expect(text('insight-lag')).toBe('统计数据已是最新');
      expect(document.body.textContent).not.toContain('VXNlcjox');
    },
    SLOW,
  );

  it(
    'groups findings by root-cause labels (English) and by category over the period',
    async () => {
      await mountAt('/insight?tab=findings&from=2026-12-05&to=2026-12-06', 'en');
      expect(cells('insight-findings-cause-table')).toEqual([
        ['Pricing and fees', '2', '66.7%'],
        ['Staff error', '1', '33.3%'],
      ]);
      expect(cells('insight-findings-category-table')).toEqual([['Card annual fee', '2', '1', '3']]);
      expect(cells('insight-findings-days-table')).toEqual([
        ['2026-12-05', '0', '0', '0'],
        ['2026-12-06', '2', '0', '2'],
      ]);
      expect(text('insight-kpi-findings')).toContain('3');
    },
    SLOW,
  );

  it(
    'shows the complaint report with its totals and exports exactly those rows as XLSX',
    async () => {
      await mountAt('/insight?tab=report&from=2026-12-01&to=2026-12-06');
      const table = cells('insight-complaint-report-table');
      expect(table).toEqual([
        ['客服热线', '银行卡', '收费定价', '4', '3', '2', '66.7%', '0', '1', '1', '3'],
        ['手机银行', '银行卡', '收费定价', '1', '0', '0', '—', '0', '0', '1', '0'],
        ['合计', '', '', '5', '3', '2', '66.7%', '0', '1', '2', '3'],
      ]);
      const blobs: Blob[] = [];
      const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        blobs.push(blob as Blob);
        return 'blob:insight';
      });
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
      (document.querySelector('[data-testid="insight-complaint-report-xlsx"]') as HTMLElement).click();
      await vi.waitFor(() => expect(blobs).toHaveLength(1), { timeout: 20_000 });
      create.mockRestore();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await blobs[0]!.arrayBuffer());
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual([
        '受理渠道',
        '业务类别',
        '投诉原因',
        '受理件数',
        '办结',
        '按期办结',
        '按期办结率',
        '延期件数',
        '逾期办结',
        '未办结',
        '办结结果：已解决',
      ]);
      const rows = [2, 3, 4].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
      expect(rows[0]).toEqual(['客服热线', '银行卡', '收费定价', 4, 3, 2, 0.667, 0, 1, 1, 3]);
      expect(rows[2]).toEqual(['合计', '', '', 5, 3, 2, 0.667, 0, 1, 2, 3]);
      expect(rows[1]![6]).toBeUndefined(); // no share without closes
    },
    SLOW,
  );

  it(
    'shows a period refused under the dates and in the tab, and a department refused in the tab',
    async () => {
      await mountAt('/insight?tab=findings&from=2025-01-01&to=2026-12-06', 'en', (op) =>
        operationName(op) === 'InsightFindingsTab'
          ? makeResult(op, {
              errors: [
                {
                  message: 'A period holds at most 366 days',
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fieldPath: ['filter', 'to'],
                    messages: { zh: '统计期间最长 366 天', en: 'A period holds at most 366 days' },
                  },
                },
              ],
            })
          : undefined,
      );
      expect(text('insight-error')).toContain('A period holds at most 366 days');
      expect(
        document.querySelector('[data-testid="insight-filters"] .el-form-item__error')?.textContent,
      ).toContain('A period holds at most 366 days');
      wrapper?.unmount();
      await mountAt('/insight?tab=report&department=POLICY', 'zh-CN', (op) =>
        operationName(op) === 'InsightComplaintReport'
          ? refusal(op, 'FORBIDDEN', { zh: '只能查看本部门的统计', en: 'Own departments only' })
          : undefined,
      );
      expect(text('insight-error')).toContain('只能查看本部门的统计');
    },
    SLOW,
  );

  it(
    'keeps the tab and filters in the URL when the supervisor changes them',
    async () => {
      const { router } = await mountAt('/insight?tab=satisfaction&from=2026-12-01&to=2026-12-06');
      (document.querySelector('[data-testid="insight-quick-7"]') as HTMLElement).click();
      await flushPromises();
      expect(router.currentRoute.value.query).toEqual({
        tab: 'satisfaction',
        from: '2026-11-30',
        to: '2026-12-06',
      });
      (document.querySelector('#tab-report') as HTMLElement).click();
      await flushPromises();
      expect(router.currentRoute.value.query['tab']).toBe('report');
      expect(router.currentRoute.value.query['from']).toBe('2026-11-30');
    },
    SLOW,
  );
});
