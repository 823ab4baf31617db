/** Files in the browser: bytes ↔ base64 for the API, and saving a download. */

/** At most 5 MiB per attachment (the server's limit, docs/attachments.md). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A browser-side "save as": the content becomes a download named `fileName`. */
export function saveFile(fileName: string, contentType: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Size for people: whole KB, at least 1. */
export function kilobytes(size: number): number {
  return Math.max(1, Math.round(size / 1024));
}
