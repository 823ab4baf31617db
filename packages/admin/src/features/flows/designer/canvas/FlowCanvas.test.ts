// @vitest-environment happy-dom
/**
 * The canvas mounted against the designer store (fake network): nodes and edge labels for the draft,
 * and the keyboard — nudge, copy/paste, delete, select all — as undoable store changes. Vue Flow's
 * measuring and dragging need a real browser (e2e/designer-canvas.spec.ts).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h, nextTick } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import { makeResult } from '@urql/core';
import { findTemplate } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../../app/i18n';
import { createUrqlClient } from '../../../../app/urql-client';
import { useDesignerStore } from '../designer.store';
import { clearHighlight, showHighlight } from '../versions/diff-highlight';
import { setRunHighlight } from '../simulation/run-highlight';
import { stepClipboard } from './canvas-bridge';
import { positionsFor } from './lib/auto-layout';
import FlowCanvas from './FlowCanvas.vue';
import { fakeExchange } from '../../../../test/fake-urql';

beforeAll(() => {
  // happy-dom has no ResizeObserver; Vue Flow only needs it to exist here (nothing is measured).
  if (!('ResizeObserver' in globalThis))
    Object.assign(globalThis, {
      ResizeObserver: class {
        observe(): void {}
        unobserve(): void {}
        disconnect(): void {}
      },
    });
});

const seed = findTemplate('complaint-handling');
if (!seed) throw new Error('seed missing');

async function mountCanvas() {
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((operation) => {
        const name = operation.query.definitions.map((d) => ('name' in d ? d.name?.value : '')).join();
        if (name === 'DesignerServerValidation')
          return makeResult(operation, { data: { validateFlowDefinition: { problems: [] } } });
        return makeResult(operation, {
          data: {
            flowTemplate: {
              id: 't1',
              key: 'canvas-test',
              name: { zh: '测试', en: 'Test' },
              kind: 'COMPLAINT',
              archived: false,
              latestVersion: null,
              draft: {
                definition: seed,
                revision: 1,
                state: 'UNPUBLISHED',
                updatedAt: '2026-03-01T02:00:00.000Z',
                updatedBy: null,
              },
            },
          },
        });
      }),
    ],
  });
  let store: ReturnType<typeof useDesignerStore> | undefined;
  const Host = defineComponent({
    setup() {
      store = useDesignerStore();
      return () => (store!.doc ? h(FlowCanvas) : h('p', 'loading'));
    },
  });
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  await store!.load('canvas-test');
  await flushPromises();
  await nextTick();
  return { wrapper, store: store! };
}

const key = (k: string, mods: { ctrlKey?: boolean; shiftKey?: boolean } = {}) => ({ key: k, ...mods });

afterEach(() => {
  stepClipboard.value = null;
  clearHighlight();
  setRunHighlight(null);
  document.body.innerHTML = '';
});

describe('FlowCanvas', () => {
  it('draws a node per step and a label per transition', async () => {
    const { wrapper } = await mountCanvas();
    for (const s of seed!.steps) expect(wrapper.find(`[data-testid="node-${s.key}"]`).exists()).toBe(true);
    const guarded = seed!.transitions.find((t) => t.guard);
    if (guarded) {
      const label = wrapper.find(`[data-testid="edge-${guarded.key}"]`);
      expect(label.exists()).toBe(true);
      expect(label.attributes('title')).toContain('条件：');
    }
    expect(wrapper.find(`[data-testid="node-${seed!.start}"] .step__start`).text()).toBe('开始');
  });

  it('nudges the selected steps with the arrow keys as one undo step', async () => {
    const { wrapper, store } = await mountCanvas();
    const step = seed!.steps[1]!.key;
    const at = positionsFor(seed!)[step]!;
    store.select({ steps: [step] });
    const canvas = wrapper.get('[data-testid="designer-canvas"]');
    await canvas.trigger('keydown', key('ArrowRight'));
    await canvas.trigger('keydown', key('ArrowDown', { shiftKey: true }));
    const moved = store.doc!.layout![step]!;
    expect(moved.x - at.x).toBeGreaterThanOrEqual(10);
    expect(moved.y - at.y).toBeGreaterThanOrEqual(90);
    store.undo();
    expect(store.doc!.layout?.[step]).toBeUndefined();
  });

  it('copies, pastes (selecting the copies), deletes and selects all from the keyboard', async () => {
    const { wrapper, store } = await mountCanvas();
    const canvas = wrapper.get('[data-testid="designer-canvas"]');
    const step = seed!.steps[1]!.key;
    store.select({ steps: [step] });
    await canvas.trigger('keydown', key('c', { ctrlKey: true }));
    await canvas.trigger('keydown', key('v', { ctrlKey: true }));
    expect(store.doc!.steps).toHaveLength(seed!.steps.length + 1);
    expect(store.selection.steps).toEqual([`${step}-2`]);
    await canvas.trigger('keydown', key('Delete'));
    expect(store.doc!.steps).toHaveLength(seed!.steps.length);
    expect(store.doc!.steps.some((s) => s.key === `${step}-2`)).toBe(false);
    await canvas.trigger('keydown', key('a', { ctrlKey: true }));
    expect(store.selection.steps).toHaveLength(seed!.steps.length);
    expect(store.selection.transitions).toHaveLength(seed!.transitions.length);
  });

  it('lays everything out as one undoable change', async () => {
    const { wrapper, store } = await mountCanvas();
    await wrapper.get('[data-testid="canvas-auto-layout"]').trigger('click');
    expect(Object.keys(store.doc!.layout ?? {})).toHaveLength(seed!.steps.length);
    store.undo();
    expect(store.doc!.layout).toEqual(seed!.layout);
  });

  it('colours the compared steps and transitions, lists removed steps, and clears with the comparison', async () => {
    const { wrapper } = await mountCanvas();
    const changed = seed!.steps[1]!.key;
    const added = seed!.transitions[0]!.key;
    showHighlight(
      {
        steps: new Map([
          [changed, 'changed'],
          ['gone', 'removed'],
        ]),
        transitions: new Map([[added, 'added']]),
      },
      { from: 'v1', to: 'draft' },
    );
    await nextTick();
    const node = wrapper.get(`[data-testid="node-${changed}"]`);
    expect(node.classes()).toContain('hl-changed');
    expect(node.attributes('data-highlight')).toBe('changed');
    expect(wrapper.get(`[data-testid="node-${seed!.start}"]`).attributes('data-highlight')).toBeUndefined();
    expect(wrapper.get(`[data-testid="edge-${added}"]`).attributes('data-highlight')).toBe('added');
    const legend = wrapper.get('[data-testid="canvas-legend-diff"]');
    expect(legend.text()).toContain('版本对比：v1 → 草稿');
    expect(legend.text()).toContain('已修改');
    expect(wrapper.get('[data-testid="canvas-removed-steps"]').text()).toBe('已删除：gone');
    clearHighlight();
    await nextTick();
    expect(wrapper.get(`[data-testid="node-${changed}"]`).classes()).not.toContain('hl-changed');
    expect(wrapper.find('[data-testid="canvas-legend-diff"]').exists()).toBe(false);
  });

  it('outlines the test run path and dims the other steps', async () => {
    const { wrapper } = await mountCanvas();
    const [first, second, third] = seed!.steps.map((s) => s.key);
    const taken = seed!.transitions.find((t) => t.from === first)!.key;
    setRunHighlight({ visited: [first!, second!], active: [second!], transitions: [taken] });
    await nextTick();
    expect(wrapper.get(`[data-testid="node-${first}"]`).attributes('data-highlight')).toBe('visited');
    expect(wrapper.get(`[data-testid="node-${second}"]`).classes()).toContain('hl-active');
    expect(wrapper.get(`[data-testid="node-${third}"]`).classes()).toContain('hl-dimmed');
    expect(wrapper.get(`[data-testid="edge-${taken}"]`).attributes('data-highlight')).toBe('taken');
    expect(wrapper.get('[data-testid="canvas-legend-run"]').text()).toContain('当前所在');
  });
});
