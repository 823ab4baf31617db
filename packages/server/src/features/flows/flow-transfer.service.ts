/**
 * Export and import of flow templates as portable JSON documents:
 *
 *   { "format": "parley.flow-template", "schemaVersion": 1, "key", "name", "kind", "definition",
 *     "exportedFrom": { "version" | "draftRevision", "contentHash"? }, "exportedAt" }
 *
 * An import checks the whole document before its first write — envelope, key, names, kind, and the
 * definition through the engine — and refuses with every problem's path under `document…`, importing
 * nothing. A success creates the template with the definition as draft revision 1.
 */
import { z } from 'zod';
import type { Models } from '../../db/models';
import { badInput } from '../../errors/app-error';
import { msg } from '../definitions';
import type { Viewer } from '../access';
import { localizedTextInput, parseInput } from '../complaint-categories/complaint-category.input';
import { definitionInvalid } from '../definitions';
import { definitionOf } from '../definitions';
import {
  hasErrors,
  readFlowDefinition,
  validateFlowDefinition,
  withHolderWarnings,
} from './flow-definition.checks';
import { recordFlowChange } from './flow.audit';
import { noDraft } from './flow.errors';
import { flowKind } from './flow-template.input';
import { definitionKey } from '../definitions';
import type { FlowTemplateDoc } from './flow-template.model';
import { draftFromInput, FlowTemplateService } from './flow-template.service';

export const EXPORT_FORMAT = 'parley.flow-template';
export const EXPORT_SCHEMA_VERSION = 1;

const envelope = z.object({
  format: z.literal(
    EXPORT_FORMAT,
    msg({
      zh: `不是 Parley 流程模板导出文件（format 须为 "${EXPORT_FORMAT}"）。`,
      en: `Not a Parley flow-template export (format must be "${EXPORT_FORMAT}").`,
    }),
  ),
  schemaVersion: z.literal(
    EXPORT_SCHEMA_VERSION,
    msg({
      zh: `不支持的导出格式版本（本系统支持 ${EXPORT_SCHEMA_VERSION}）。`,
      en: `Unknown export schema version (this system reads version ${EXPORT_SCHEMA_VERSION}).`,
    }),
  ),
});

const body = z.object({
  key: definitionKey.optional(),
  name: localizedTextInput,
  kind: flowKind,
  definition: z.unknown(),
});

/** The document as JSON, or as the text of an export file (which must then parse). */
function parseDocument(document: unknown): unknown {
  if (typeof document !== 'string') return document;
  try {
    return JSON.parse(document) as unknown;
  } catch {
    throw badInput(['document'], {
      zh: '导入的文件不是有效的 JSON。',
      en: 'The imported document is not valid JSON.',
    });
  }
}

export class FlowTransferService {
  private readonly flows: FlowTemplateService;

  constructor(private readonly models: Models) {
    this.flows = new FlowTemplateService(models);
  }

  /** The template with a published version's bundle, or with its draft when `version` is omitted. */
  async export(key: string, version: number | null | undefined): Promise<Record<string, unknown>> {
    const template = await this.flows.require(key);
    let definition: Record<string, unknown>;
    let exportedFrom: Record<string, unknown>;
    if (version != null) {
      const v = await this.flows.requireVersion(key, version, ['version']);
      definition = definitionOf(v);
      exportedFrom = { version: v.version, contentHash: v.contentHash };
    } else {
      const draft = await this.flows.store.latestDraft(key);
      if (!draft) throw noDraft(key, ['key']);
      definition = definitionOf(draft);
      exportedFrom = { draftRevision: draft.revision };
    }
    return {
      format: EXPORT_FORMAT,
      schemaVersion: EXPORT_SCHEMA_VERSION,
      key: template.key,
      name: { zh: template.name.zh, en: template.name.en },
      kind: template.kind,
      definition,
      exportedFrom,
      exportedAt: new Date().toISOString(),
    };
  }

  async import(
    viewer: Viewer,
    document: unknown,
    keyArg: string | null | undefined,
  ): Promise<FlowTemplateDoc> {
    const envelopeOk = parseInput(envelope.passthrough(), parseDocument(document), ['document']);
    const doc = parseInput(body, envelopeOk, ['document']);
    const keyPath = keyArg != null ? ['key'] : ['document', 'key'];
    const key = parseInput(definitionKey, keyArg ?? doc.key, keyPath);
    const definitionPath = ['document', 'definition'];
    const draft = draftFromInput(doc.definition, key, definitionPath);
    const read = readFlowDefinition(draft);
    const problems = read.ok ? validateFlowDefinition(read.definition) : read.problems;
    if (hasErrors(problems))
      throw definitionInvalid(
        read.ok ? await withHolderWarnings(this.models, read.definition, problems) : problems,
        definitionPath,
      );
    const template = await this.flows.insertTemplate(viewer, key, doc.name, doc.kind, draft, keyPath);
    await recordFlowChange(this.models, viewer, 'flow.import', key, {
      name: doc.name,
      kind: doc.kind,
      importedKey: doc.key ?? null,
      draftRevision: 1,
    });
    return template;
  }
}
