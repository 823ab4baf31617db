// @vitest-environment happy-dom
/**
 * The survey editor's store against a fake network: loading the draft, saving with the base revision,
 * a refused save that keeps the draft and places problems, a stale save (CONFLICT) that keeps the draft
 * and can overwrite, publishing (saving first), and discarding.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import { makeResult, type Operation, type OperationResult } from '@urql/core';
import type { FormDefinition } from '@parley/engine';
import { createUrqlClient } from '../../app/urql-client';
import { answer, fakeExchange, operationName } from '../../test/fake-urql';
import { useSurveyEditorStore } from './survey-editor.store';

const t = (zh: string, en: string) => ({ zh, en });
const draft = {
  key: 'cx',
  title: t('回访', 'Follow-up'),
  elements: [
    { type: 'rating', name: 'nps', title: t('推荐', 'Recommend'), metric: 'nps', rateMin: 0, rateMax: 10 },
  ],
};

interface Server {
  revision: number;
  version: number | null;
  saves: { baseRevision: number; definition: FormDefinition }[];
  publishes: number[];
  next: 'ok' | 'conflict' | 'invalid';
}

function survey(server: Server, definition: unknown = draft) {
  return {
    __typename: 'Survey',
    id: 'S1',
    key: 'cx',
    title: t('回访', 'Follow-up'),
    version: server.version,
    draftRevision: server.revision,
    draftDefinition: definition,
  };
}

function refuse(op: Operation, extensions: Record<string, unknown>): OperationResult {
  return makeResult(op, { errors: [{ message: 'refused', extensions }] });
}

function setup(server: Server) {
  const respond = (op: Operation): OperationResult => {
    const vars = op.variables as Record<string, unknown>;
    switch (operationName(op)) {
      case 'Survey':
        return answer(op, { survey: survey(server) });
      case 'SaveSurveyDraft': {
        const base = vars['baseRevision'] as number;
        if (server.next === 'conflict' || base !== server.revision) {
          server.next = 'ok';
          return refuse(op, {
            code: 'CONFLICT',
            messages: t('冲突', 'Conflict'),
            fieldPath: ['baseRevision'],
            currentRevision: server.revision,
          });
        }
        if (server.next === 'invalid') {
          server.next = 'ok';
          return refuse(op, {
            code: 'DEFINITION_INVALID',
            messages: t('定义有 1 个错误', 'The definition has 1 error'),
            fieldPath: ['definition', 'elements', '0', 'title', 'en'],
            problems: [
              {
                fieldPath: ['definition', 'elements', '0', 'title', 'en'],
                path: ['elements', '0', 'title', 'en'],
                messages: t(
                  '问题 1「nps」的标题缺少英文文字。',
                  'The title of Question 1 "nps" has no English text.',
                ),
              },
            ],
          });
        }
        server.saves.push({ baseRevision: base, definition: vars['definition'] as FormDefinition });
        server.revision += 1;
        return answer(op, { saveSurveyDraft: survey(server, vars['definition']) });
      }
      case 'PublishSurvey':
        server.publishes.push(vars['baseRevision'] as number);
        server.version = (server.version ?? 0) + 1;
        return answer(op, {
          publishSurvey: {
            __typename: 'Survey',
            id: 'S1',
            key: 'cx',
            version: server.version,
            draftRevision: server.revision,
          },
        });
      default:
        throw new Error(`unexpected ${operationName(op)}`);
    }
  };
  const client = createUrqlClient({ getLocale: () => 'zh-CN', exchanges: [fakeExchange(respond)] });
  const app = createApp({ render: () => null });
  app.use(createPinia()).use(urql, client);
  return app.runWithContext(() => useSurveyEditorStore());
}

const retitled = (form: FormDefinition, en: string): FormDefinition => ({
  ...form,
  elements: form.elements.map((f, i) => (i === 0 ? { ...f, title: { ...f.title, en } } : f)),
});

describe('survey editor store', () => {
  let server: Server;
  beforeEach(() => {
    server = { revision: 3, version: null, saves: [], publishes: [], next: 'ok' };
  });

  it('loads the draft as a form and saves edits on the loaded revision', async () => {
    const store = setup(server);
    await store.load('cx');
    expect(store.form?.elements[0]).toMatchObject({ name: 'nps', metric: 'nps' });
    expect(store.dirty).toBe(false);
    store.edit(retitled(store.form!, 'Would you recommend us?'));
    expect(store.dirty).toBe(true);
    const outcome = await store.save();
    expect(outcome).toEqual({ ok: true, value: 4 });
    expect(server.saves[0]?.baseRevision).toBe(3);
    expect(server.saves[0]?.definition.elements[0]?.title.en).toBe('Would you recommend us?');
    expect(store.revision).toBe(4);
    expect(store.dirty).toBe(false);
  });

  it('keeps the draft after a refused save and places the problems under their question', async () => {
    const store = setup(server);
    await store.load('cx');
    store.edit(retitled(store.form!, ''));
    server.next = 'invalid';
    const outcome = await store.save();
    expect(outcome.ok).toBe(false);
    expect(store.dirty).toBe(true);
    expect(store.form?.elements[0]?.title.en).toBe('');
    expect(store.problems.byQuestion.get(0)?.[0]?.messages.en).toBe(
      'The title of Question 1 "nps" has no English text.',
    );
    expect(store.revision).toBe(3);
    // Fixed and saved: the problems go.
    store.edit(retitled(store.form!, 'Recommend'));
    expect((await store.save()).ok).toBe(true);
    expect(store.problems.byQuestion.size).toBe(0);
  });

  it('says so on a stale save, keeps the draft, and can save it over the newer one', async () => {
    const store = setup(server);
    await store.load('cx');
    server.revision = 5; // someone else saved twice meanwhile
    store.edit(retitled(store.form!, 'Mine'));
    const outcome = await store.save();
    expect(outcome.ok).toBe(false);
    expect(store.conflictRevision).toBe(5);
    expect(store.form?.elements[0]?.title.en).toBe('Mine');
    expect(store.dirty).toBe(true);
    expect((await store.overwrite()).ok).toBe(true);
    expect(server.saves.map((s) => s.baseRevision)).toEqual([5]);
    expect(store.conflictRevision).toBeNull();
    expect(store.revision).toBe(6);
  });

  it('publishes the saved draft, saving unsaved changes first', async () => {
    const store = setup(server);
    await store.load('cx');
    store.edit(retitled(store.form!, 'Changed'));
    const outcome = await store.publish();
    expect(outcome).toEqual({ ok: true, value: 1 });
    expect(server.saves).toHaveLength(1);
    expect(server.publishes).toEqual([4]);
    expect(store.version).toBe(1);
    expect(store.dirty).toBe(false);
  });

  it('discards unsaved changes back to the last saved draft', async () => {
    const store = setup(server);
    await store.load('cx');
    const loaded = store.form;
    store.edit(retitled(store.form!, 'Oops'));
    store.discard();
    expect(store.form).toBe(loaded);
    expect(store.dirty).toBe(false);
  });
});
