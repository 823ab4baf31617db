// @vitest-environment happy-dom
/**
 * The survey list's store against a fake server holding surveys: keyset pages (`after` = the last
 * cursor), archived surveys only with `showArchived`, create / archive / restore reading the list again,
 * refusals returned as errors with the list left as it was, and the references an archive affects.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import type { Operation, OperationResult } from '@urql/core';
import { createUrqlClient } from '../../app/urql-client';
import { answer, fakeExchange, operationName, refusal } from '../../test/fake-urql';
import { SURVEY_PAGE_SIZE, useSurveysStore } from './surveys.store';

const t = (zh: string, en: string) => ({ zh, en });

interface Row {
  key: string;
  archived: boolean;
}

function setup(rows: Row[]) {
  const seen: { name: string; vars: Record<string, unknown> }[] = [];
  const node = (r: Row) => ({
    __typename: 'Survey',
    id: `S-${r.key}`,
    key: r.key,
    title: t(`调查 ${r.key}`, `Survey ${r.key}`),
    version: null,
    draftRevision: 1,
    archived: r.archived,
  });
  const respond = (op: Operation): OperationResult => {
    const vars = op.variables as Record<string, unknown>;
    const name = operationName(op);
    seen.push({ name, vars });
    const row = rows.find((r) => r.key === vars['key']);
    switch (name) {
      case 'Surveys': {
        const listed = rows.filter((r) => vars['includeArchived'] === true || !r.archived);
        const start = vars['after'] ? Number(vars['after']) + 1 : 0;
        const page = listed.slice(start, start + (vars['first'] as number));
        return answer(op, {
          surveys: {
            __typename: 'SurveyConnection',
            edges: page.map((r, i) => ({
              __typename: 'SurveyEdge',
              cursor: String(start + i),
              node: node(r),
            })),
            pageInfo: {
              __typename: 'PageInfo',
              hasNextPage: start + page.length < listed.length,
              endCursor: page.length ? String(start + page.length - 1) : null,
            },
            totalCount: listed.length,
          },
        });
      }
      case 'CreateSurvey': {
        const input = vars['input'] as { key: string };
        if (rows.some((r) => r.key === input.key))
          return refusal(op, 'BAD_USER_INPUT', t('键已被使用', 'Key taken'));
        rows.push({ key: input.key, archived: false });
        return answer(op, { createSurvey: { __typename: 'Survey', id: `S-${input.key}`, key: input.key } });
      }
      case 'ArchiveSurvey':
      case 'RestoreSurvey': {
        const archiving = name === 'ArchiveSurvey';
        if (!row || row.archived === archiving)
          return refusal(op, archiving ? 'SURVEY_ARCHIVED' : 'BAD_USER_INPUT');
        row.archived = archiving;
        const field = archiving ? 'archiveSurvey' : 'restoreSurvey';
        return answer(op, {
          [field]: { ...node(row), archivedAt: null, archivedByName: null, archiveReason: null },
        });
      }
      case 'SurveyReferences':
        return answer(op, {
          survey: row
            ? {
                __typename: 'Survey',
                id: `S-${row.key}`,
                key: row.key,
                referencedBy: [
                  {
                    __typename: 'SurveyReference',
                    flowKey: 'loan',
                    flowName: t('贷款', 'Loan'),
                    flowVersion: 2,
                    draftRevision: null,
                    path: 'survey',
                    pin: 'publish',
                    pinnedVersion: 1,
                  },
                ],
              }
            : null,
        });
      default:
        throw new Error(`unexpected ${name}`);
    }
  };
  const client = createUrqlClient({ getLocale: () => 'zh-CN', exchanges: [fakeExchange(respond)] });
  const app = createApp({ render: () => null });
  app.use(createPinia()).use(urql, client);
  return { store: app.runWithContext(() => useSurveysStore()), seen };
}

const keysOf = (store: ReturnType<typeof useSurveysStore>) => store.rows.map((r) => r.key);
const many = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ key: `s-${String(i).padStart(3, '0')}`, archived: false }));

describe('the survey list store', () => {
  it('reads a page, then the next after the last cursor, until no more', async () => {
    const { store, seen } = setup(many(SURVEY_PAGE_SIZE + 3));
    expect(await store.load()).toBe(true);
    expect(store.rows).toHaveLength(SURVEY_PAGE_SIZE);
    expect(store.total).toBe(SURVEY_PAGE_SIZE + 3);
    expect(store.hasMore).toBe(true);
    expect(await store.loadMore()).toBe(true);
    expect(seen.at(-1)!.vars).toMatchObject({ after: String(SURVEY_PAGE_SIZE - 1), includeArchived: false });
    expect(store.rows).toHaveLength(SURVEY_PAGE_SIZE + 3);
    expect(store.hasMore).toBe(false);
    expect(await store.loadMore()).toBe(false);
  });

  it('leaves archived surveys out unless asked for', async () => {
    const { store, seen } = setup([
      { key: 'a', archived: false },
      { key: 'b', archived: true },
    ]);
    await store.load();
    expect(keysOf(store)).toEqual(['a']);
    await store.setShowArchived(true);
    expect(seen.at(-1)!.vars['includeArchived']).toBe(true);
    expect(keysOf(store)).toEqual(['a', 'b']);
    expect(store.rows.find((r) => r.key === 'b')!.archived).toBe(true);
    await store.setShowArchived(false);
    expect(keysOf(store)).toEqual(['a']);
  });

  it('archives and restores, reading the list again; a refusal is returned and changes nothing', async () => {
    const { store } = setup([
      { key: 'a', archived: false },
      { key: 'b', archived: false },
    ]);
    await store.load();
    expect(await store.archive('a', '改版')).toEqual({ ok: true, value: 'a' });
    expect(keysOf(store)).toEqual(['b']);
    const again = await store.archive('a', '改版');
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toMatchObject({ kind: 'server', code: 'SURVEY_ARCHIVED' });
    expect(keysOf(store)).toEqual(['b']);
    expect(await store.restore('a')).toEqual({ ok: true, value: 'a' });
    expect(keysOf(store)).toEqual(['a', 'b']);
  });

  it('creates, reading the list again; a taken key is refused', async () => {
    const { store } = setup([{ key: 'a', archived: false }]);
    await store.load();
    expect(await store.create({ key: 'c', title: t('新', 'New') })).toEqual({ ok: true, value: 'c' });
    expect(keysOf(store)).toEqual(['a', 'c']);
    const taken = await store.create({ key: 'a', title: t('新', 'New') });
    expect(taken.ok).toBe(false);
    expect(keysOf(store)).toEqual(['a', 'c']);
  });

  it('reads what an archive affects; an unknown survey is an error', async () => {
    const { store } = setup([{ key: 'a', archived: false }]);
    const refs = await store.references('a');
    expect(refs.ok && refs.value.map((r) => [r.flowKey, r.flowVersion])).toEqual([['loan', 2]]);
    expect((await store.references('nope')).ok).toBe(false);
  });
});
