import { describe, expect, it } from 'vitest';
import { chainSummary } from './chain-summary';

describe('the chain check in one sentence', () => {
  it('says intact with thousands separated', () => {
    const report = { ok: true, casesChecked: 1234, eventsChecked: 56789, firstBroken: null };
    expect(chainSummary(report, 'zh-CN')).toBe('已校验 1,234 件案件、56,789 个事件，审计链完整。');
    expect(chainSummary(report, 'en')).toBe(
      'Checked 1,234 cases and 56,789 events: the audit chain is intact.',
    );
  });

  it('names the broken case by reference and the event number', () => {
    const report = {
      ok: false,
      casesChecked: 3,
      eventsChecked: 20,
      firstBroken: { caseId: 'Q2FzZTox', seq: 4, caseReference: 'C-2026-000123' },
    };
    expect(chainSummary(report, 'zh-CN')).toBe('审计链断裂：案件 C-2026-000123 的第 4 号事件。');
    expect(chainSummary(report, 'en')).toBe('The audit chain is broken: case C-2026-000123, event 4.');
  });

  it('does not name a case the viewer may not see', () => {
    const report = {
      ok: false,
      casesChecked: 3,
      eventsChecked: 20,
      firstBroken: { caseId: '', seq: 0, caseReference: null },
    };
    expect(chainSummary(report, 'en')).toBe(
      'The audit chain is broken: case (a case you may not see, or that no longer exists), event 0.',
    );
  });
});
