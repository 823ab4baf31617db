/**
 * Relay global ids: base64url of "<Type>:<local id>". Opaque to clients, decodable here so that
 * `Query.node` knows which collection to read.
 */
export function toGlobalId(type: string, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; localId: string } | null {
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  } catch {
    return null;
  }
  const i = decoded.indexOf(':');
  if (i <= 0 || i === decoded.length - 1) return null;
  return { type: decoded.slice(0, i), localId: decoded.slice(i + 1) };
}
