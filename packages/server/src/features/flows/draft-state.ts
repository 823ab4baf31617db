/**
 * How a draft stands against the newest published version: INVALID when publishing it would be
 * refused, CLEAN when its content hashes like that version's bundle (the same hash publishing
 * compares to refuse "nothing changed"), UNPUBLISHED otherwise.
 */
import type { FlowDraftState } from '../../generated/resolvers-types';
import { contentHash } from '../definitions';
import type { JsonRecord } from '../definitions';
import { hasErrors, readFlowDefinition, validateFlowDefinition } from './flow-definition.checks';

export function draftState(
  definition: JsonRecord,
  latest: { key: string; contentHash: string } | null,
): FlowDraftState {
  const read = readFlowDefinition(definition);
  if (!read.ok || hasErrors(validateFlowDefinition(read.definition))) return 'INVALID';
  if (!latest) return 'UNPUBLISHED';
  return contentHash({ ...definition, key: latest.key }) === latest.contentHash ? 'CLEAN' : 'UNPUBLISHED';
}
