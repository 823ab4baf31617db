/**
 * Runs inside the render worker thread (started by render-queue.ts through render-worker.mjs): renders
 * one agreement PDF per message, with the font the server configured, and posts the bytes back.
 */
import { parentPort } from 'node:worker_threads';
import { configureAgreementPdf, renderAgreementPdf, type AgreementPdfInput } from './agreement-pdf';

export interface RenderJob {
  id: number;
  input: AgreementPdfInput;
  font: { fontPath: string; fontName: string };
}

export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs only inside a worker thread (render-queue.ts)');

port.on('message', (job: RenderJob) => {
  configureAgreementPdf(job.font);
  // A drawn signature arrives as a Uint8Array (structured clone); pdfkit wants a Buffer.
  const png = job.input.signature.imagePng;
  const input: AgreementPdfInput = png
    ? { ...job.input, signature: { ...job.input.signature, imagePng: Buffer.from(png) } }
    : job.input;
  renderAgreementPdf(input).then(
    (pdf) => port.postMessage({ id: job.id, pdf } satisfies RenderReply),
    (err: unknown) =>
      port.postMessage({
        id: job.id,
        error: err instanceof Error ? err.message : String(err),
      } satisfies RenderReply),
  );
});
