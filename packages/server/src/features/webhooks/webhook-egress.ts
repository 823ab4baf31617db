/**
 * Where webhooks may go, and how their signing secrets are kept.
 *
 * Egress (SSRF guard): a receiver must resolve only to public unicast addresses — not loopback,
 * private (RFC 1918, fc00::/7), link-local (incl. the cloud metadata address 169.254.169.254),
 * carrier-grade NAT, multicast or reserved ranges — unless the deployment allows private receivers
 * (`PARLEY_WEBHOOK_ALLOW_PRIVATE=true`, for receivers inside the bank's network). The check runs when a
 * subscription is created and again before every delivery (a host can be re-pointed after creation).
 * Address ranges come from ipaddr.js.
 *
 * Secrets: an HMAC needs the secret itself, so it is stored — sealed with the data keys (AES-256-GCM,
 * `enc:` prefix) like personal data; secrets stored before this was introduced (plain `whsec_…`) still
 * work and are sealed the next time the subscription is written.
 */
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import type { DataKeyring } from '../privacy';

const PUBLIC_RANGE = 'unicast';

/** IPv6 global unicast (2000::/3): the only IPv6 space a public receiver can be in. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * Whether one address (IPv4 or IPv6 text) is a public unicast address. IPv6 is allowed only inside
 * global unicast (2000::/3) and outside every special range: ipaddr.js calls anything it has no name
 * for "unicast", including the deprecated IPv4-compatible form (`::127.0.0.1`, which URL parsing writes
 * as `::7f00:1`) and unallocated space.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.range() === PUBLIC_RANGE;
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() === PUBLIC_RANGE;
  return v6.range() === PUBLIC_RANGE && v6.match(GLOBAL_UNICAST_V6);
}

export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

export type EgressVerdict =
  { ok: true } | { ok: false; reason: 'private-address' | 'unresolvable'; address?: string };

/** Checks a receiver URL's host against the egress rule. */
export async function checkEgress(
  url: URL,
  allowPrivate: boolean,
  resolve: Resolver = systemResolver,
): Promise<EgressVerdict> {
  if (allowPrivate) return { ok: true };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (ipaddr.isValid(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      return { ok: false, reason: 'unresolvable' };
    }
    if (addresses.length === 0) return { ok: false, reason: 'unresolvable' };
  }
  const bad = addresses.find((a) => !isPublicAddress(a));
  return bad === undefined ? { ok: true } : { ok: false, reason: 'private-address', address: bad };
}

const SEALED = 'enc:';

export function sealSecret(keys: DataKeyring, secret: string): string {
  return SEALED + keys.seal(secret).__enc;
}

export function openSecret(keys: DataKeyring, stored: string): string {
  if (!stored.startsWith(SEALED)) return stored;
  return String(keys.open({ __enc: stored.slice(SEALED.length) }));
}

const policies = new WeakMap<object, { allowPrivate: boolean; resolve: Resolver }>();

/** Binds the egress rule of a server to its models (startServer does this). */
export function bindWebhookEgress(
  models: object,
  policy: { allowPrivate: boolean; resolve?: Resolver },
): void {
  policies.set(models, { allowPrivate: policy.allowPrivate, resolve: policy.resolve ?? systemResolver });
}

/** The egress rule bound to these models; private receivers are refused when none was bound. */
export function webhookEgressOf(models: object): { allowPrivate: boolean; resolve: Resolver } {
  return policies.get(models) ?? { allowPrivate: false, resolve: systemResolver };
}
