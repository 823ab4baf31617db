// @vitest-environment happy-dom
/**
 * The palette against the designer store with a fake network: one button per registered step kind with
 * its accessible name, glyph and name in the UI language; a click hands the kind to the canvas when one
 * is mounted, and otherwise adds the step itself, as one undoable change.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import { makeResult } from '@urql/core';
import { defaultRegistry, findTemplate } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../../app/i18n';
import { createUrqlClient } from '../../../../app/urql-client';
import { useDesignerStore } from '../designer.store';
import { addStepAtCentre } from './canvas-bridge';
import StepPalette from './StepPalette.vue';
import { fakeExchange } from '../../../../test/fake-urql';

const seed = findTemplate('complaint-handling');
if (!seed) throw new Error('seed missing');

async function mountPalette(locale: 'zh-CN' | 'en') {
  const i18n = createAppI18n(locale);
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
              key: 'palette-test',
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
      return () => h(StepPalette);
    },
  });
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  await store!.load('palette-test');
  await flushPromises();
  return { wrapper, store: store! };
}

afterEach(() => {
  addStepAtCentre.value = null;
  document.body.innerHTML = '';
});

describe('StepPalette', () => {
  it('offers every registered step kind with its own glyph and an accessible name', async () => {
    const { wrapper } = await mountPalette('zh-CN');
    const buttons = wrapper.findAll('button');
    expect(buttons.map((b) => b.attributes('data-testid'))).toEqual(
      defaultRegistry.stepTypes.map((p) => `palette-${p.kind}`),
    );
    const labels = buttons.map((b) => b.attributes('aria-label'));
    expect(labels).toContain('添加步骤：审核');
    expect(labels).toContain('添加步骤：判断');
    expect(labels).toContain('添加步骤：并行拆分');
    expect(new Set(labels).size).toBe(labels.length);
    const glyphs = wrapper.findAll('.palette__icon').map((g) => g.text());
    expect(new Set(glyphs).size).toBe(glyphs.length);
    expect(buttons.every((b) => b.attributes('draggable') === 'true')).toBe(true);
  });

  it('names the kinds in English in an English UI', async () => {
    const { wrapper } = await mountPalette('en');
    const labels = wrapper.findAll('button').map((b) => b.attributes('aria-label'));
    expect(labels).toContain('Add step: Review');
    expect(labels).toContain('Add step: End');
  });

  it('hands the kind to the mounted canvas', async () => {
    const { wrapper, store } = await mountPalette('zh-CN');
    const canvas = vi.fn();
    addStepAtCentre.value = canvas;
    const before = store.doc;
    await wrapper.get('[data-testid="palette-decision"]').trigger('click');
    expect(canvas).toHaveBeenCalledWith('decision');
    expect(store.doc).toBe(before);
  });

  it('adds the step itself without a canvas, as one undoable change', async () => {
    const { wrapper, store } = await mountPalette('zh-CN');
    const count = store.doc!.steps.length;
    await wrapper.get('[data-testid="palette-review"]').trigger('click');
    expect(store.doc!.steps).toHaveLength(count + 1);
    const added = store.doc!.steps[count]!;
    expect(added.kind).toBe('review');
    expect(store.doc!.layout?.[added.key]).toBeDefined();
    store.undo();
    expect(store.doc!.steps).toHaveLength(count);
  });
});
