import { buildRepaymentPlan } from '@parley/engine';
import { describe, expect, it } from 'vitest';
import { type AgreementPdfInput, renderAgreementPdf } from './agreement-pdf';
import { agreementRenderStats, renderAgreementPdfQueued } from './render-queue';

const input: AgreementPdfInput = {
  caseReference: 'NEG-2026-000001',
  customerName: '张三',
  plan: buildRepaymentPlan({
    kind: 'equalInstalment',
    owed: { principalFen: 4_500_000, interestFen: 300_000, penaltyInterestFen: 150_000, feesFen: 50_000 },
    downPaymentFen: 200_000,
    startDate: '2026-03-10',
    termMonths: 24,
    annualRate: '0.06',
  }),
  signature: { kind: 'TYPED', typedName: '张三' },
  signedAt: new Date('2026-11-25T14:57:47Z'),
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (test)',
};

/** How many turns the event loop makes while `work` is pending (a setImmediate chain counts them). */
async function loopTurnsDuring(work: () => Promise<unknown>): Promise<{ turns: number; result: unknown }> {
  let turns = 0;
  let running = true;
  const spin = () => {
    if (!running) return;
    turns += 1;
    setImmediate(spin);
  };
  setImmediate(spin);
  const result = await work();
  running = false;
  return { turns, result };
}

// Each render is about a second of CPU on a small machine, more while other work runs.
describe('agreement PDF render queue', { timeout: 60_000 }, () => {
  it('renders in a worker thread: the event loop keeps turning while a PDF is made', async () => {
    const before = agreementRenderStats().rendered;
    const { turns, result } = await loopTurnsDuring(() => renderAgreementPdfQueued(input));
    const pdf = result as Buffer;
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(turns).toBeGreaterThan(0);
    expect(agreementRenderStats().rendered).toBe(before + 1);
    // For contrast: the same render on the event loop holds it from start to end.
    const inline = await loopTurnsDuring(() => renderAgreementPdf(input));
    expect(inline.turns).toBe(0);
  });

  it('queues renders one at a time and hands each caller its own PDF', async () => {
    const names = ['甲', '乙', '丙'];
    const pdfs = await Promise.all(
      names.map((name) =>
        renderAgreementPdfQueued({ ...input, signature: { kind: 'TYPED', typedName: `张${name}` } }),
      ),
    );
    expect(new Set(pdfs.map((p) => p.toString('base64'))).size).toBe(3);
    expect(agreementRenderStats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('a render that fails in the worker rejects its caller, and the next render still works', async () => {
    const broken = { ...input, signature: { kind: 'DRAWN' as const, imagePng: Buffer.from('not a png') } };
    await expect(renderAgreementPdfQueued(broken)).rejects.toThrow(/Rendering the agreement PDF failed/);
    const pdf = await renderAgreementPdfQueued(input);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
