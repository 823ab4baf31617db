import type { FlowDefinition } from './flow-definition.types';

/** The document is not a flow definition at all (as opposed to a definition with problems). */
export class DefinitionShapeError extends Error {
  constructor(readonly path: string) {
    super(`Not a flow definition: ${path} is missing or has the wrong type`);
    this.name = 'DefinitionShapeError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the outline of a JSON document (schema version, key, version, arrays of steps, forms,
 * transitions, roles) before it is treated as a FlowDefinition. Everything finer is the business of
 * `validateDefinition`, which reports problems instead of throwing.
 */
export function parseFlowDefinition(json: unknown): FlowDefinition {
  if (!isRecord(json)) throw new DefinitionShapeError('$');
  if (json.schemaVersion !== 1) throw new DefinitionShapeError('schemaVersion');
  if (typeof json.key !== 'string') throw new DefinitionShapeError('key');
  if (typeof json.version !== 'number') throw new DefinitionShapeError('version');
  if (typeof json.start !== 'string') throw new DefinitionShapeError('start');
  if (!isRecord(json.name)) throw new DefinitionShapeError('name');
  for (const list of ['roles', 'forms', 'steps', 'transitions'] as const) {
    const value = json[list];
    if (!Array.isArray(value) || !value.every(isRecord)) throw new DefinitionShapeError(list);
  }
  if (json.agreement !== undefined) {
    if (!isRecord(json.agreement)) throw new DefinitionShapeError('agreement');
    const clauses = json.agreement.clauses;
    if (!Array.isArray(clauses) || !clauses.every(isRecord))
      throw new DefinitionShapeError('agreement.clauses');
  }
  return json as unknown as FlowDefinition;
}
