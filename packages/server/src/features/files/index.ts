/** The entry point of the files feature: what other features use of it. */
export { checkContent, decodeContent, normaliseContentType, sanitizeFileName } from './attachment-check';
export { AttachmentService } from './attachment.service';
export type { AttachmentView } from './attachment.service';
export { FileIntegrityError, fileStoreOf } from './file-store';
