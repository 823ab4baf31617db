/**
 * Agreement PDFs are rendered off the event loop, one at a time per process. A render is about a second
 * of CPU (CJK font subsetting); on the event loop it would hold every other request of the process for
 * as long. So it runs in a worker thread (render-worker.ts), started on first use and kept (unref'd: it
 * never keeps the process alive); jobs queue here one at a time. Together with the signing claim (one
 * render per case at a time, offers/signing-claim.ts) and the customer-link rate limit, no link can
 * make the server render more than one PDF at a time, and renders never stall other requests.
 *
 * A worker that dies fails the job it was running and is started again for the next one.
 */
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { agreementPdfFont, type AgreementPdfInput } from './agreement-pdf';
import type { RenderJob, RenderReply } from './render-worker';

/** Renders at once per process. */
export const RENDER_CONCURRENCY = 1;

const queue = pLimit(RENDER_CONCURRENCY);
let rendered = 0;
let nextId = 1;
let worker: Worker | null = null;
const waiting = new Map<number, { resolve: (pdf: Buffer) => void; reject: (err: Error) => void }>();

function renderWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./render-worker.mjs', import.meta.url), { execArgv: [] });
  started.unref();
  started.on('message', (reply: RenderReply) => {
    const job = waiting.get(reply.id);
    if (!job) return;
    waiting.delete(reply.id);
    if ('pdf' in reply) job.resolve(Buffer.from(reply.pdf));
    else job.reject(new Error(`Rendering the agreement PDF failed: ${reply.error}`));
  });
  const fail = (err: Error) => {
    if (worker === started) worker = null;
    for (const job of waiting.values()) job.reject(err);
    waiting.clear();
  };
  started.on('error', (err) =>
    fail(new Error(`The PDF render worker failed: ${err.message}`, { cause: err })),
  );
  started.on('exit', (exitCode) => fail(new Error(`The PDF render worker exited (${exitCode})`)));
  worker = started;
  return started;
}

function renderInWorker(input: AgreementPdfInput): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    const job: RenderJob = { id, input, font: agreementPdfFont() };
    renderWorker().postMessage(job);
  });
}

/** Renders through the queue, in the worker thread. */
export function renderAgreementPdfQueued(input: AgreementPdfInput): Promise<Buffer> {
  return queue(() => {
    rendered += 1;
    return renderInWorker(input);
  });
}

/** Renders started since the process began, and the queue now (for tests and diagnostics). */
export function agreementRenderStats(): { rendered: number; running: number; waiting: number } {
  return { rendered, running: queue.activeCount, waiting: queue.pendingCount };
}
