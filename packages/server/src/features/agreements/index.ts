/** The entry point of the agreements feature: what other features use of it. */
export { withBankParty } from './bank-party';
export { renderAgreementPdfQueued } from './render-queue';
export { MAX_SIGNATURE_HEIGHT, MAX_SIGNATURE_WIDTH, decodeSignaturePng } from './signature-image';
export type { SignatureImageProblem } from './signature-image';
