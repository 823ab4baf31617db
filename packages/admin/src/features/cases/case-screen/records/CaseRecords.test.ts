// @vitest-environment happy-dom
/**
 * The rest of the case on the case screen, against the shared fake network: attachments (one file
 * read by its id; upload as base64) and linking a case by its number.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessage } from 'element-plus';
import { operationName } from '../../../../test/fake-urql';
import { byId, mountScreen } from '../case-screen.fixture';

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:fake');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  ElMessage.closeAll();
  document.body.innerHTML = '';
});

describe('the case screen: attachments and linked cases', { timeout: 20_000 }, () => {
  it('reads one attachment by its id when it is downloaded', async () => {
    const { wrapper, sent } = mountScreen({ permissions: ['case.read', 'case.work'] });
    await flushPromises();
    expect(byId(wrapper, 'case-attachments').text()).toContain('收入证明.pdf');
    expect(sent.some((o) => operationName(o) === 'CaseAttachmentContent')).toBe(false);
    await wrapper
      .find('[data-testid="attachment-att-1"] [data-testid="download-attachment"]')
      .trigger('click');
    await flushPromises();
    const read = sent.filter((o) => operationName(o) === 'CaseAttachmentContent');
    expect(read.map((o) => o.variables)).toEqual([{ caseId: 'case-1', attachmentId: 'att-1' }]);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('links a case found by its number, and says so when there is none', async () => {
    const { wrapper, sent, count } = mountScreen({ permissions: ['case.read', 'case.work'] });
    await flushPromises();
    const link = async (reference: string) => {
      await wrapper.find('[data-testid="link-reference"]').setValue(reference);
      await wrapper.find('[data-testid="link-reason"]').setValue('同一客户的投诉');
      await wrapper.find('form.records__form').trigger('submit');
      await flushPromises();
    };
    await link('C-2026-009999');
    expect(sent.some((o) => operationName(o) === 'LinkCases')).toBe(false);
    expect(document.body.textContent).toContain('未找到案件 C-2026-009999');
    const loads = count('CaseDetail');
    await link(' C-2026-000007 ');
    const linked = sent.filter((o) => operationName(o) === 'LinkCases');
    expect(linked.map((o) => o.variables)).toEqual([
      { caseId: 'case-1', relatedCaseId: 'case-7', reason: '同一客户的投诉' },
    ]);
    expect(count('CaseDetail')).toBe(loads + 1);
  });

  it('uploads a chosen file as base64 and reloads the case', async () => {
    const { wrapper, sent, count } = mountScreen({ permissions: ['case.read', 'case.work'] });
    await flushPromises();
    const input = wrapper.find('[data-testid="attachment-input"]');
    const file = new File(['投诉材料'], '材料.txt', { type: 'text/plain' });
    Object.defineProperty(input.element, 'files', { value: [file] });
    const loads = count('CaseDetail');
    await input.trigger('change');
    await flushPromises();
    const added = sent.filter((o) => operationName(o) === 'AddCaseAttachment');
    expect(added.map((o) => o.variables)).toEqual([
      {
        caseId: 'case-1',
        fileName: '材料.txt',
        contentType: 'text/plain',
        contentBase64: Buffer.from('投诉材料').toString('base64'),
      },
    ]);
    expect(count('CaseDetail')).toBe(loads + 1);
    // Read-only viewers get no upload.
    wrapper.unmount();
    const reader = mountScreen({ permissions: ['case.read'] });
    await flushPromises();
    expect(reader.wrapper.find('[data-testid="upload-attachment"]').exists()).toBe(false);
  });
});
