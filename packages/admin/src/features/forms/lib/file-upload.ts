/**
 * File fields in the shared renderer: the page that can store files gives the renderer an upload
 * function; each chosen file is stored by the server (which answers with its reference) and the
 * references are the field's value, as the engine checks them (count, size, type). Without an upload
 * function a file field shows that uploading is not possible there.
 */
import type { Outcome } from '../../../shared/lib/graphql-error';

/** A stored file as a file field's value holds it (the engine's file reference). */
export interface FileRef {
  id: string;
  name: string;
  sizeBytes: number;
  mime: string;
}

/** Stores one chosen file; the page decides where (e.g. the customer's link, a case's attachments). */
export type FileUpload = (file: File) => Promise<Outcome<FileRef>>;

/** A file's bytes as base64 (no data: prefix), as the API takes them. */
export function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The file references in a raw input (anything else is left out). */
export function fileRefsOf(raw: unknown): FileRef[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (r): r is FileRef =>
      typeof r === 'object' &&
      r !== null &&
      typeof (r as FileRef).id === 'string' &&
      typeof (r as FileRef).name === 'string',
  );
}

/** A size as people read it: 512 B, 12.3 KB, 1.5 MB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
