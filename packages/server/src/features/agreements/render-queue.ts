/**
 * Agreement PDFs are rendered one at a time per process. A render is CPU work on the event loop (CJK
 * font subsetting; about a second on a small machine), so renders running side by side would hold every
 * other request of the process for their sum. Queued here, each waits its turn; together with the
 * signing claim (one render per case at a time, offers/agreement.service.ts) and the customer-link rate
 * limit, no single link can make the server render more than one PDF at a time.
 */
import pLimit from 'p-limit';
import { renderAgreementPdf, type AgreementPdfInput } from './agreement-pdf';

/** Renders at once per process. */
export const RENDER_CONCURRENCY = 1;

const queue = pLimit(RENDER_CONCURRENCY);
let rendered = 0;

/** Renders through the queue. */
export function renderAgreementPdfQueued(input: AgreementPdfInput): Promise<Buffer> {
  return queue(() => {
    rendered += 1;
    return renderAgreementPdf(input);
  });
}

/** Renders started since the process began, and the queue now (for tests and diagnostics). */
export function agreementRenderStats(): { rendered: number; running: number; waiting: number } {
  return { rendered, running: queue.activeCount, waiting: queue.pendingCount };
}
