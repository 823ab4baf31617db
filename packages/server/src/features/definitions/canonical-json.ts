/**
 * Canonical JSON and content hashes of definition bundles. Keys are sorted at every level so that the
 * same content always hashes the same, whatever order an editor wrote the keys in; arrays keep their
 * order (the order of steps, fields and choices means something).
 */
import { createHash } from 'node:crypto';
import { wellFormed } from '../../edge/well-formed';

/**
 * Strings (and keys) are taken in their well-formed form — a lone surrogate as U+FFFD — because that is
 * what storage keeps: a hash of the canonical form is a hash of what the database holds.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(wellFormed(value));
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [wellFormed(k), v] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * SHA-256 (hex) of the canonical bundle without its `version` stamp: the same content has the same
 * hash in every version, so a rollback carries the hash of the version it restores and "nothing
 * changed" is a hash comparison.
 */
export function contentHash(bundle: Readonly<Record<string, unknown>>): string {
  const { version: _version, ...content } = bundle;
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/** Equality of two JSON values regardless of key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
