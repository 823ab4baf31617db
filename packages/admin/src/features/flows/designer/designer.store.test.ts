// @vitest-environment happy-dom
/**
 * The designer's document store against a fake network: loading, undo/redo, autosave with the base
 * revision, CONFLICT, the server's extra findings and what blocks publishing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import type { Operation, OperationResult } from '@urql/core';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import { createUrqlClient } from '../../../app/urql-client';
import { answer, fakeExchange, operationName, refusal } from '../../../test/fake-urql';
import { AUTOSAVE_MS, useDesignerStore } from './designer.store';
import { updateStep, removeSteps } from './lib/document-edits';

const seed = findTemplate('complaint-handling') as FlowDefinition;

interface Server {
  revision: number;
  saves: { baseRevision: number; definition: FlowDefinition }[];
  conflictNext: boolean;
  serverProblems: { code: string; path: string[]; severity: string; message: { zh: string; en: string } }[];
}

function setup(server: Server) {
  const respond = (op: Operation): OperationResult => {
    const vars = op.variables as Record<string, unknown>;
    switch (operationName(op)) {
      case 'DesignerTemplate':
        return answer(op, {
          flowTemplate: {
            __typename: 'FlowTemplate',
            id: 't1',
            key: 'complaint',
            name: { zh: '投诉', en: 'Complaint' },
            kind: 'COMPLAINT',
            archived: false,
            latestVersion: { version: 1 },
            draft: {
              definition: seed,
              revision: server.revision,
              state: 'CLEAN',
              updatedAt: '2026-03-01T02:00:00.000Z',
              updatedBy: null,
            },
          },
        });
      case 'SaveFlowDraft':
        if (server.conflictNext) return refusal(op, 'CONFLICT');
        server.saves.push({
          baseRevision: vars['baseRevision'] as number,
          definition: vars['definition'] as FlowDefinition,
        });
        server.revision += 1;
        return answer(op, {
          saveFlowDraft: {
            revision: server.revision,
            state: 'UNPUBLISHED',
            updatedAt: '2026-03-01T03:00:00.000Z',
          },
        });
      case 'DesignerServerValidation':
        return answer(op, { validateFlowDefinition: { problems: server.serverProblems } });
      default:
        throw new Error(`unexpected ${operationName(op)}`);
    }
  };
  const client = createUrqlClient({ getLocale: () => 'zh-CN', exchanges: [fakeExchange(respond)] });
  const app = createApp({ render: () => null });
  app.use(createPinia()).use(urql, client);
  return app.runWithContext(() => useDesignerStore());
}

function rename(d: FlowDefinition, zh: string): FlowDefinition {
  return updateStep(d, d.start, (s) => ({ ...s, name: { ...s.name, zh } }));
}

describe('designer store', () => {
  let server: Server;
  beforeEach(() => {
    vi.useFakeTimers();
    server = { revision: 4, saves: [], conflictNext: false, serverProblems: [] };
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads the draft, records edits, and undo back to the saved document is clean again', async () => {
    const store = setup(server);
    await store.load('complaint');
    expect(store.doc).toEqual(seed);
    expect(store.dirty).toBe(false);
    store.apply('rename', (d) => rename(d, '甲'));
    expect(store.dirty).toBe(true);
    expect(store.doc?.steps[0]?.name.zh).toBe('甲');
    store.undo();
    expect(store.dirty).toBe(false);
    store.redo();
    expect(store.doc?.steps[0]?.name.zh).toBe('甲');
  });

  it('autosaves once after a quiet spell, on the revision it loaded', async () => {
    const store = setup(server);
    await store.load('complaint');
    store.apply('rename', (d) => rename(d, '甲'), 'name');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS / 2);
    store.apply('rename', (d) => rename(d, '甲乙'), 'name');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 1);
    expect(server.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(store.saveStatus).toBe('saved'));
    expect(server.saves).toHaveLength(1);
    expect(server.saves[0]?.baseRevision).toBe(4);
    expect(server.saves[0]?.definition.steps[0]?.name.zh).toBe('甲乙');
    expect(store.revision).toBe(5);
    expect(store.dirty).toBe(false);
    expect(store.draftState).toBe('UNPUBLISHED');
  });

  it('stops on CONFLICT and saves nothing more until reloaded', async () => {
    const store = setup(server);
    await store.load('complaint');
    server.conflictNext = true;
    store.apply('rename', (d) => rename(d, '甲'));
    const outcome = await store.save();
    expect(outcome.ok).toBe(false);
    expect(store.saveStatus).toBe('conflict');
    expect(store.publishBlockers).toContain('conflict');
    server.conflictNext = false;
    store.apply('rename', (d) => rename(d, '乙'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
    expect(server.saves).toHaveLength(0);
    await store.reloadFromServer();
    expect(store.saveStatus).toBe('idle');
    expect(store.doc).toEqual(seed);
  });

  it('blocks publishing while the draft is invalid, unsaved, or unchanged', async () => {
    const store = setup(server);
    await store.load('complaint');
    expect(store.publishBlockers).toEqual(['clean']);
    store.apply('remove', (d) =>
      removeSteps(
        d,
        d.steps.filter((s) => s.kind === 'end').map((s) => s.key),
      ),
    );
    expect(store.errors.length).toBeGreaterThan(0);
    expect(store.publishBlockers).toEqual(['invalid', 'unsaved']);
    store.undo();
    store.apply('rename', (d) => rename(d, '甲'));
    await store.save();
    expect(store.publishBlockers).toEqual([]);
  });

  it('adds the server findings the engine cannot make, pointing at their spot', async () => {
    server.serverProblems = [
      {
        code: 'ROLE_WITHOUT_HOLDER',
        path: ['roles', '0'],
        severity: 'warning',
        message: { zh: '没有人担任此角色', en: 'Nobody holds this role' },
      },
    ];
    const store = setup(server);
    await store.load('complaint');
    await vi.waitFor(() => expect(store.problems.some((p) => p.code === 'ROLE_WITHOUT_HOLDER')).toBe(true));
    const p = store.problems.find((x) => x.code === 'ROLE_WITHOUT_HOLDER');
    expect(p).toMatchObject({
      fromServer: true,
      path: 'roles[0]',
      target: { kind: 'settings', section: 'roles' },
    });
    expect(store.errors).toHaveLength(0);
  });

  it('reveals a problem: selects its step and raises a new request each time', async () => {
    const store = setup(server);
    await store.load('complaint');
    const key = seed.steps[2]!.key;
    store.reveal({ kind: 'step', stepKey: key });
    store.reveal({ kind: 'step', stepKey: key });
    expect(store.selection.steps).toEqual([key]);
    expect(store.revealRequest?.seq).toBe(2);
    store.apply('remove', (d) => removeSteps(d, [key]));
    expect(store.selection.steps).toEqual([]);
  });
});
