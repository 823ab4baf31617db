// @vitest-environment happy-dom
/**
 * The survey versions button (drawer: history, comparison in words, roll back) and the publish dialog,
 * against the shared fake network (the real server: packages/server/test/survey-versions.integration.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus, { ElMessage, ElMessageBox } from 'element-plus';
import urql from '@urql/vue';
import { makeResult, type Operation } from '@urql/core';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { answer, fakeExchange, operationName, refusal } from '../../../test/fake-urql';
import { useSessionStore } from '../../session';
import SurveyVersionsButton from './SurveyVersionsButton.vue';
import PublishSurveyDialog from './PublishSurveyDialog.vue';

const t = (zh: string, en: string) => ({ zh, en });
const v1 = {
  key: 'follow-up',
  title: t('回访', 'Follow-up'),
  elements: [{ type: 'text', name: 'why', title: t('原因', 'Why') }],
};
const v2 = {
  ...v1,
  elements: [
    { type: 'rating', name: 'nps', title: t('推荐意愿', 'Would you recommend us?'), rateMin: 0, rateMax: 10 },
  ],
};

function version(n: number, notes: string | null, definition: unknown) {
  return {
    version: n,
    contentHash: `${n}abc`,
    releaseNotes: notes,
    publishedAt: '2026-03-01T02:00:00.000Z',
    publishedByName: '王主管',
    restoredFrom: null,
    definition,
  };
}

type Respond = (name: string, op: Operation) => ReturnType<typeof answer> | null;

function mountWith(
  component: unknown,
  props: Record<string, unknown>,
  permissions: string[],
  respond: Respond,
  locale: 'zh-CN' | 'en' = 'zh-CN',
) {
  const sent: Operation[] = [];
  const versions = [version(2, '新增推荐题', v2), version(1, null, v1)];
  const i18n = createAppI18n(locale);
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((op) => {
        sent.push(op);
        const name = operationName(op);
        const custom = respond(name, op);
        if (custom) return custom;
        if (name === 'SurveyVersionsHistory')
          return answer(op, {
            survey: { id: 's', key: 'follow-up', draftRevision: 5, versions: [...versions] },
          });
        if (name === 'SurveyVersionsDiff')
          return answer(op, {
            surveyVersionDiff: {
              questionsAdded: ['nps'],
              questionsRemoved: ['why'],
              questionsChanged: [],
              changes: [
                {
                  area: 'QUESTION',
                  key: 'why',
                  kind: 'REMOVED',
                  values: [{ path: '', before: v1.elements[0], after: null }],
                },
                {
                  area: 'QUESTION',
                  key: 'nps',
                  kind: 'ADDED',
                  values: [{ path: '', before: null, after: v2.elements[0] }],
                },
                {
                  area: 'SURVEY',
                  key: 'title',
                  kind: 'CHANGED',
                  values: [
                    {
                      path: 'title',
                      before: t('回访', 'Follow-up'),
                      after: t('回访调查', 'Follow-up survey'),
                    },
                  ],
                },
              ],
            },
          });
        if (name === 'SurveyVersionsRollback') {
          versions.unshift({ ...version(3, '回滚至第 1 版', v1), restoredFrom: 1 } as never);
          return answer(op, { rollbackSurvey: { id: 's', key: 'follow-up', version: 3, draftRevision: 6 } });
        }
        if (name === 'SurveyVersionsPublish')
          return answer(op, { publishSurvey: { id: 's', key: 'follow-up', version: 3, draftRevision: 5 } });
        return answer(op, {});
      }),
    ],
  });
  const events: unknown[][] = [];
  const Host = defineComponent({
    setup() {
      useSessionStore().user = { id: 'u1', username: 'u', displayName: 'U', permissions } as never;
      return () =>
        h(component as never, {
          ...props,
          onChanged: (...a: unknown[]) => events.push(['changed', ...a]),
          onPublished: (...a: unknown[]) => events.push(['published', ...a]),
        });
    },
  });
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  const ops = (n: string) => sent.filter((op) => operationName(op) === n);
  return { wrapper, ops, events };
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
async function type(id: string, value: string) {
  const found = byTestId(id)!;
  const el = (found.tagName === 'TEXTAREA' ? found : found.querySelector('textarea')!) as HTMLTextAreaElement;
  el.value = value;
  el.dispatchEvent(new Event('input'));
  await flushPromises();
}

/** The danger button of the newest confirmation (a closed one may linger while it fades). */
const confirmButton = () =>
  [...document.querySelectorAll<HTMLElement>('.confirm-action .el-button--danger')].at(-1)!;

afterEach(() => {
  ElMessage.closeAll();
  ElMessageBox.close();
  document.body.innerHTML = '';
});

describe('SurveyVersionsButton', () => {
  it('lists the versions with notes, who and when, and compares the newest two in words', async () => {
    const { ops } = mountWith(SurveyVersionsButton, { surveyKey: 'follow-up' }, ['survey.read'], () => null);
    byTestId('survey-version-button')!.click();
    await flushPromises();
    expect(ops('SurveyVersionsHistory').map((o) => o.variables)).toEqual([{ key: 'follow-up' }]);
    expect(byTestId('survey-version-item-2')!.textContent).toContain('新增推荐题');
    expect(byTestId('survey-version-item-2')!.textContent).toContain('王主管');
    expect(byTestId('survey-version-item-2')!.textContent).toContain('2026-03-01 10:00');
    expect(byTestId('survey-version-item-1')!.textContent).toContain('无发布说明');
    // A reader cannot roll back.
    expect(byTestId('survey-version-rollback-1')).toBeNull();
    expect(ops('SurveyVersionsDiff').map((o) => o.variables)).toEqual([{ key: 'follow-up', from: 1, to: 2 }]);
    const diff = byTestId('survey-version-diff')!.textContent ?? '';
    expect(diff).toContain('删除问题「原因」');
    expect(diff).toContain('新增问题「推荐意愿」');
    expect(byTestId('survey-version-change-survey-title')!.textContent).toContain('回访 → 回访调查');
  });

  it('rolls back after confirming what it does, with the draft revision; then says changed', async () => {
    const { ops, events } = mountWith(
      SurveyVersionsButton,
      { surveyKey: 'follow-up' },
      ['survey.read', 'survey.write'],
      () => null,
      'en',
    );
    byTestId('survey-version-button')!.click();
    await flushPromises();
    byTestId('survey-version-rollback-1')!.click();
    await flushPromises();
    const box = document.querySelector('.confirm-action')!;
    expect(box.textContent).toContain('Publishes the questions of version 1 again as version 3');
    // Cancelling sends nothing.
    (box.querySelector('.el-message-box__btns .el-button:not(.el-button--danger)') as HTMLElement).click();
    await flushPromises();
    expect(ops('SurveyVersionsRollback')).toHaveLength(0);
    byTestId('survey-version-rollback-1')!.click();
    await flushPromises();
    confirmButton().click();
    await flushPromises();
    expect(ops('SurveyVersionsRollback').map((o) => o.variables)).toEqual([
      { key: 'follow-up', toVersion: 1, baseRevision: 5 },
    ]);
    expect(events).toEqual([['changed']]);
    expect(byTestId('survey-version-item-3')!.textContent).toContain('Rolled back from version 1');
  });

  it('shows a failed roll back and emits nothing', async () => {
    const { events } = mountWith(
      SurveyVersionsButton,
      { surveyKey: 'follow-up' },
      ['survey.read', 'survey.write'],
      (name, op) =>
        name === 'SurveyVersionsRollback'
          ? refusal(op, 'CONFLICT', { zh: '草稿已被他人修改', en: 'Stale draft' })
          : null,
    );
    byTestId('survey-version-button')!.click();
    await flushPromises();
    byTestId('survey-version-rollback-1')!.click();
    await flushPromises();
    confirmButton().click();
    await flushPromises();
    expect(events).toEqual([]);
    expect(document.body.textContent).toContain('草稿已被他人修改');
  });
});

describe('PublishSurveyDialog', () => {
  it('requires release notes, then publishes the revision it was given', async () => {
    const { ops, events } = mountWith(
      PublishSurveyDialog,
      { surveyKey: 'follow-up', baseRevision: 5 },
      ['survey.write'],
      () => null,
    );
    byTestId('survey-version-publish-button')!.click();
    await flushPromises();
    byTestId('survey-version-publish-confirm')!.click();
    await flushPromises();
    await flushPromises();
    // Element Plus shows the message under the field as it marks it (its text runs through a transition).
    expect(byTestId('survey-version-notes-field')!.classList).toContain('is-error');
    expect(ops('SurveyVersionsPublish')).toHaveLength(0);
    await type('survey-version-notes', '新增推荐题');
    byTestId('survey-version-publish-confirm')!.click();
    await flushPromises();
    expect(ops('SurveyVersionsPublish').map((o) => o.variables)).toEqual([
      { key: 'follow-up', baseRevision: 5, releaseNotes: '新增推荐题' },
    ]);
    expect(events).toEqual([['published', 3]]);
  });

  it('shows the server’s refusal of the notes under the notes, and an invalid survey above the form', async () => {
    let next = 'notes';
    mountWith(
      PublishSurveyDialog,
      { surveyKey: 'follow-up', baseRevision: 5 },
      ['survey.write'],
      (name, op) => {
        if (name !== 'SurveyVersionsPublish') return null;
        if (next === 'notes')
          return makeResult(op, {
            errors: [
              {
                message: 'Release notes too long.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fieldPath: ['releaseNotes'],
                  messages: { zh: '发布说明不能超过 2000 个字符。', en: 'Release notes too long.' },
                },
              },
            ],
          });
        return refusal(op, 'DEFINITION_INVALID', {
          zh: '定义有 1 个问题。',
          en: 'The definition has 1 problem.',
        });
      },
      'en',
    );
    byTestId('survey-version-publish-button')!.click();
    await flushPromises();
    await type('survey-version-notes', 'x');
    byTestId('survey-version-publish-confirm')!.click();
    await flushPromises();
    expect(byTestId('survey-version-notes-field')!.classList).toContain('is-error');
    expect(byTestId('survey-version-publish-error')).toBeNull();
    next = 'invalid';
    byTestId('survey-version-publish-confirm')!.click();
    await flushPromises();
    expect(byTestId('survey-version-publish-error')!.textContent).toContain(
      'The survey has problems and cannot be published: The definition has 1 problem.',
    );
  });
});
