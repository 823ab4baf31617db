/**
 * `Query.node` for the versioned definitions: flow templates (`FlowTemplate:<key>`), flow versions
 * (`FlowVersion:<key>@<version>`) and surveys (`Survey:<key>`), checked against the type's read access.
 */
import type { Models } from '../../db/models';
import { authorize, TYPE_READ_ACCESS } from '../../graphql/authorization';
import { fromGlobalId } from '../../graphql/global-id';
import type { Viewer } from '../access';
import type { VersionDoc } from '../definitions';
import type { SurveyDoc } from '../surveys';
import { SurveyService } from '../surveys';
import type { FlowTemplateDoc } from './flow-template.model';
import { FlowTemplateService } from './flow-template.service';

export type DefinitionNode =
  | (FlowTemplateDoc & { __typename: 'FlowTemplate' })
  | (VersionDoc & { __typename: 'FlowVersion' })
  | (SurveyDoc & { __typename: 'Survey' });

const TYPES = new Set(['FlowTemplate', 'FlowVersion', 'Survey']);

/** The object, null when it does not exist, undefined when the id names another type. */
export async function definitionNode(
  models: Models,
  viewer: Viewer,
  globalId: string,
): Promise<DefinitionNode | null | undefined> {
  const decoded = fromGlobalId(globalId);
  if (!decoded || !TYPES.has(decoded.type)) return undefined;
  authorize(viewer, TYPE_READ_ACCESS[decoded.type]!, decoded.type);
  const { localId } = decoded;
  if (decoded.type === 'FlowTemplate') {
    const t = await new FlowTemplateService(models).byKey(localId);
    return t ? { ...t, __typename: 'FlowTemplate' } : null;
  }
  if (decoded.type === 'Survey') {
    const s = await new SurveyService(models).byKey(localId);
    return s ? { ...s, __typename: 'Survey' } : null;
  }
  const at = localId.lastIndexOf('@');
  const version = Number(localId.slice(at + 1));
  const v = at > 0 ? await new FlowTemplateService(models).version(localId.slice(0, at), version) : null;
  return v ? { ...v, __typename: 'FlowVersion' } : null;
}
