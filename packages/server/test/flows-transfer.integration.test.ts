/**
 * Export and import of flow templates, and the shipped seed templates: every refusal imports nothing,
 * a round trip is lossless, and every seed can be created and published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import {
  AUDIT,
  EXPORT,
  IMPORT,
  PUBLISH,
  counts,
  createTemplate,
  errorOf,
  ok,
  reviewFlow,
  type Json,
  type VersionData,
} from './flows-helpers';

interface Exported {
  format: string;
  schemaVersion: number;
  key: string;
  name: { zh: string; en: string };
  kind: string;
  definition: Json;
}

async function exported(h: Harness, key: string, version?: number): Promise<Exported> {
  return ok(await h.gql<{ exportFlowTemplate: Exported }>(EXPORT, { key, version })).exportFlowTemplate;
}

describe('flow templates: export, import, seeds', () => {
  let h: Harness;
  let doc: Exported;
  beforeAll(async () => {
    h = await startHarness();
    await createTemplate(h, 'exported', { definition: reviewFlow('exported'), kind: 'COMPLAINT' });
    ok(await h.gql(PUBLISH, { key: 'exported', base: 1 }));
    doc = await exported(h, 'exported', 1);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('exports a version or the draft as a portable document', async () => {
    expect(doc).toMatchObject({
      format: 'parley.flow-template',
      schemaVersion: 1,
      key: 'exported',
      kind: 'COMPLAINT',
      name: { zh: '模板 exported', en: 'Template exported' },
      definition: { key: 'exported', version: 1 },
    });
    const draft = await exported(h, 'exported');
    expect(draft.definition['steps']).toEqual(doc.definition['steps']);
    expect(errorOf(await h.gql(EXPORT, { key: 'exported', version: 4 })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      fieldPath: ['version'],
    });
    expect(errorOf(await h.gql(EXPORT, { key: 'nothing-here' })).extensions!.code).toBe('NOT_FOUND');
  });

  it('round-trips: export → import under a new key → export gives the same template', async () => {
    const imported = ok(
      await h.gql<{ importFlowTemplate: { key: string; draft: { revision: number } } }>(IMPORT, {
        doc,
        key: 'imported-copy',
      }),
    ).importFlowTemplate;
    expect(imported).toMatchObject({ key: 'imported-copy', draft: { revision: 1 } });
    const again = await exported(h, 'imported-copy');
    expect({ ...again, key: 'exported', definition: { ...again.definition, key: 'exported' } }).toMatchObject(
      {
        format: doc.format,
        schemaVersion: doc.schemaVersion,
        key: doc.key,
        name: doc.name,
        kind: doc.kind,
        definition: doc.definition,
      },
    );
    // The document as text (an export file pasted as is) imports too.
    const asText = ok(
      await h.gql<{ importFlowTemplate: { key: string } }>(IMPORT, {
        doc: JSON.stringify({ ...doc, key: 'from-text' }),
      }),
    );
    expect(asText.importFlowTemplate.key).toBe('from-text');
    const log = ok(
      await h.gql<{ configAuditLog: { edges: { node: { action: string; details: Json } }[] } }>(AUDIT, {
        key: 'imported-copy',
      }),
    );
    expect(log.configAuditLog.edges.map((e) => e.node.action)).toEqual(['flow.import']);
    expect(log.configAuditLog.edges[0]!.node.details).toMatchObject({
      importedKey: 'exported',
      draftRevision: 1,
    });
  });

  it('refuses malformed or unknown documents with paths under `document`, importing nothing', async () => {
    const before = await counts(h);
    const brokenDefinition = { ...doc.definition, start: 'ghost' };
    const refusals: [unknown, string | null, string, (string | number)[]][] = [
      ['{"format": "parley.flow-template", ', 'x-broken', 'BAD_USER_INPUT', ['document']],
      [42, 'x-number', 'BAD_USER_INPUT', ['document']],
      [{ ...doc, format: 'bpmn' }, 'x-format', 'BAD_USER_INPUT', ['document', 'format']],
      [{ ...doc, schemaVersion: 2 }, 'x-schema', 'BAD_USER_INPUT', ['document', 'schemaVersion']],
      [{ ...doc, name: { zh: '', en: 'A' } }, 'x-name', 'BAD_USER_INPUT', ['document', 'name', 'zh']],
      [{ ...doc, kind: 'MORTGAGE' }, 'x-kind', 'BAD_USER_INPUT', ['document', 'kind']],
      [{ ...doc, key: 'Not A Key' }, null, 'BAD_USER_INPUT', ['document', 'key']],
      [doc, 'NOT_A_KEY', 'BAD_USER_INPUT', ['key']],
      [
        { ...doc, definition: { steps: [] } },
        'x-shape',
        'DEFINITION_INVALID',
        ['document', 'definition', 'schemaVersion'],
      ],
      [
        { ...doc, definition: brokenDefinition },
        'x-invalid',
        'DEFINITION_INVALID',
        ['document', 'definition', 'start'],
      ],
      [doc, null, 'CONFLICT', ['document', 'key']],
      [doc, 'imported-copy', 'CONFLICT', ['key']],
    ];
    for (const [document, key, code, fieldPath] of refusals) {
      const err = errorOf(await h.gql(IMPORT, { doc: document, key }));
      expect(err.extensions!.code, JSON.stringify(fieldPath)).toBe(code);
      expect(err.extensions!.fieldPath).toEqual(fieldPath);
    }
    const unknownVersion = errorOf(
      await h.gql(IMPORT, { doc: { ...doc, schemaVersion: 2 }, key: 'x-schema' }),
    );
    expect(unknownVersion.extensions!.messages!.en).toMatch(/schema version/i);
    const invalid = errorOf(
      await h.gql(IMPORT, { doc: { ...doc, definition: brokenDefinition }, key: 'x-invalid' }),
    );
    expect(invalid.extensions!['problems']).toContainEqual(
      expect.objectContaining({ code: 'NO_START', fieldPath: ['document', 'definition', 'start'] }),
    );
    expect(await counts(h)).toEqual(before);
  });

  it('lists the shipped seeds, and each can be created and published', async () => {
    const seeds = ok(
      await h.gql<{
        seedFlowTemplates: { key: string; kind: string; name: { zh: string; en: string }; source: string }[];
      }>(`query { seedFlowTemplates { key kind name { zh en } source } }`),
    ).seedFlowTemplates;
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds).toContainEqual(
      expect.objectContaining({ key: 'minsheng-e-negotiation', kind: 'NEGOTIATION' }),
    );
    expect(seeds).toContainEqual(expect.objectContaining({ key: 'complaint-handling', kind: 'COMPLAINT' }));
    expect(seeds.every((s) => s.name.zh && s.name.en && s.source)).toBe(true);
    for (const seed of seeds) {
      const key = `from-${seed.key}`.slice(0, 60);
      const created = await createTemplate(h, key, { fromSeed: seed.key, kind: seed.kind });
      expect(created.draft.definition['key']).toBe(key);
      expect((created.draft.definition['name'] as Json)['zh']).toBe(`模板 ${key}`);
      const v = ok(
        await h.gql<{ publishFlowTemplate: VersionData }>(PUBLISH, { key, base: 1 }),
      ).publishFlowTemplate;
      expect(v.version).toBe(1);
    }
  });
});
