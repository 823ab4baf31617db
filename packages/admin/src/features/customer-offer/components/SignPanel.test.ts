// @vitest-environment happy-dom
/**
 * The sign panel: a typed name or a drawn signature, consent required. The drawing surface itself
 * (signature_pad on a canvas) needs a real browser and is driven by e2e/customer-offer.spec.ts; here
 * a stand-in emits what it would after a stroke.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import SignPanel from './SignPanel.vue';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

const FakeCanvas = defineComponent({
  name: 'SignatureCanvas',
  emits: ['change'],
  setup(_props, { emit, expose }) {
    expose({ clear: () => emit('change', null) });
    return () =>
      h(
        'button',
        { 'data-testid': 'fake-stroke', type: 'button', onClick: () => emit('change', PNG) },
        'draw',
      );
  },
});

function mountPanel() {
  return mount(SignPanel, {
    attachTo: document.body,
    global: {
      plugins: [createPinia(), i18nPlugin(createAppI18n('zh-CN')), ElementPlus],
      stubs: { SignatureCanvas: FakeCanvas },
    },
  });
}

type Wrapper = ReturnType<typeof mountPanel>;
const problem = (w: Wrapper) => w.find('[data-testid="sign-problem"]');

async function clickSign(w: Wrapper) {
  await w.find('[data-testid="submit-signature"]').trigger('click');
  await flushPromises();
}

async function tickConsent(w: Wrapper) {
  await w.find('[data-testid="consent"] input').setValue(true);
}

async function chooseTyped(w: Wrapper) {
  await w.find('[data-testid="mode-typed"] input').setValue(true);
  await flushPromises();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SignPanel', () => {
  it('asks for a signature first, then for consent, and sends nothing until both are there', async () => {
    const w = mountPanel();
    await clickSign(w);
    expect(problem(w).text()).toBe('请先签名');
    await w.find('[data-testid="fake-stroke"]').trigger('click');
    await clickSign(w);
    expect(problem(w).text()).toBe('请先勾选同意协议内容');
    expect(w.emitted('sign')).toBeUndefined();
  });

  it('sends a drawn signature as the PNG, with consent', async () => {
    const w = mountPanel();
    await w.find('[data-testid="fake-stroke"]').trigger('click');
    await tickConsent(w);
    await clickSign(w);
    expect(problem(w).exists()).toBe(false);
    expect(w.emitted('sign')).toEqual([[{ kind: 'DRAWN', imagePngBase64: PNG, consent: true }]]);
  });

  it('forgets the drawing once it is cleared', async () => {
    const w = mountPanel();
    await w.find('[data-testid="fake-stroke"]').trigger('click');
    await tickConsent(w);
    await w.find('[data-testid="clear-signature"]').trigger('click');
    await clickSign(w);
    expect(problem(w).text()).toBe('请先签名');
    expect(w.emitted('sign')).toBeUndefined();
  });

  it('sends a typed name, trimmed, and only the typed field', async () => {
    const w = mountPanel();
    await chooseTyped(w);
    expect(w.find('[data-testid="fake-stroke"]').exists()).toBe(false);
    await w.find('[data-testid="input-typed-name"]').setValue('   ');
    await tickConsent(w);
    await clickSign(w);
    expect(problem(w).text()).toBe('请先签名');
    await w.find('[data-testid="input-typed-name"]').setValue('  张三 ');
    await clickSign(w);
    expect(w.emitted('sign')).toEqual([[{ kind: 'TYPED', typedName: '张三', consent: true }]]);
  });

  it('a drawing does not count as a typed signature', async () => {
    const w = mountPanel();
    await w.find('[data-testid="fake-stroke"]').trigger('click');
    await tickConsent(w);
    await chooseTyped(w);
    await clickSign(w);
    expect(problem(w).text()).toBe('请先签名');
    expect(w.emitted('sign')).toBeUndefined();
  });
});
