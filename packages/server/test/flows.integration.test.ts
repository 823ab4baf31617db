/**
 * Flow templates through the API against the real database: create, save with optimistic concurrency,
 * publish with the engine's validation, and every refusal writing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import {
  AUDIT,
  CREATE,
  PUBLISH,
  SAVE,
  counts,
  createTemplate,
  errorOf,
  ok,
  reviewFlow,
  template,
  type Json,
  type VersionData,
} from './flows-helpers';

describe('flow templates: create, save, publish', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('creates a template from scratch with a minimal valid draft (start → end) at revision 1', async () => {
    const res = await h.gql<{ createFlowTemplate: Json }>(CREATE, {
      input: { key: 'blank-flow', name: { zh: ' 空白流程 ', en: 'Blank flow' }, kind: 'SERVICE' },
    });
    const created = ok(res).createFlowTemplate as {
      key: string;
      kind: string;
      archived: boolean;
      name: { zh: string };
      draft: { revision: number; definition: Json };
      latestVersion: null;
    };
    expect(created).toMatchObject({
      key: 'blank-flow',
      kind: 'SERVICE',
      archived: false,
      latestVersion: null,
    });
    expect(created.name.zh).toBe('空白流程');
    expect(created.draft.revision).toBe(1);
    expect(created.draft.definition).toMatchObject({ key: 'blank-flow', start: 'start' });
    const report = ok(
      await h.gql<{ validateFlowDefinition: { valid: boolean } }>(
        `query($d: JSON!) { validateFlowDefinition(definition: $d) { valid } }`,
        { d: created.draft.definition },
      ),
    );
    expect(report.validateFlowDefinition.valid).toBe(true);
  });

  it('creates from a given definition, stamping the template key into it', async () => {
    const created = await createTemplate(h, 'given-flow', { definition: reviewFlow('some-other-key') });
    expect(created.draft.definition['key']).toBe('given-flow');
    expect((created.draft.definition['steps'] as unknown[]).length).toBe(4);
  });

  it('refuses bad input with a coded error and a field path, writing nothing', async () => {
    const before = await counts(h);
    const cases: [Json, string, (string | number)[]][] = [
      [{ key: 'Bad Key', name: { zh: '甲', en: 'A' }, kind: 'SERVICE' }, 'BAD_USER_INPUT', ['input', 'key']],
      [
        { key: 'ok-key', name: { zh: ' ', en: 'A' }, kind: 'SERVICE' },
        'BAD_USER_INPUT',
        ['input', 'name', 'zh'],
      ],
      [
        { key: 'ok-key', name: { zh: '甲', en: 'A' }, kind: 'SERVICE', fromSeed: 'no-such-seed' },
        'BAD_USER_INPUT',
        ['input', 'fromSeed'],
      ],
      [
        {
          key: 'ok-key',
          name: { zh: '甲', en: 'A' },
          kind: 'SERVICE',
          fromSeed: 'minsheng-e-negotiation',
          definition: {},
        },
        'BAD_USER_INPUT',
        ['input', 'definition'],
      ],
      [
        {
          key: 'ok-key',
          name: { zh: '甲', en: 'A' },
          kind: 'SERVICE',
          definition: { schemaVersion: 1, key: 'x' },
        },
        'DEFINITION_INVALID',
        ['input', 'definition', 'version'],
      ],
      [
        { key: 'ok-key', name: { zh: '甲', en: 'A' }, kind: 'SERVICE', definition: [1, 2] },
        'DEFINITION_INVALID',
        ['input', 'definition'],
      ],
    ];
    for (const [input, code, fieldPath] of cases) {
      const err = errorOf(await h.gql(CREATE, { input }));
      expect(err.extensions!.code, JSON.stringify(input)).toBe(code);
      expect(err.extensions!.fieldPath).toEqual(fieldPath);
      expect(err.extensions!.messages!.zh).toBeTruthy();
      expect(err.extensions!.messages!.en).toBeTruthy();
    }
    expect(await counts(h)).toEqual(before);
  });

  it('refuses a duplicate key with CONFLICT at input.key, also under concurrency', async () => {
    await createTemplate(h, 'taken-key');
    const err = errorOf(
      await h.gql(CREATE, { input: { key: 'taken-key', name: { zh: '乙', en: 'B' }, kind: 'LOAN' } }),
    );
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', fieldPath: ['input', 'key'] });
    const racers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        h.gql(CREATE, { input: { key: 'race-key', name: { zh: `丙${i}`, en: `C${i}` }, kind: 'LOAN' } }),
      ),
    );
    expect(racers.filter((r) => !r.errors)).toHaveLength(1);
    expect(racers.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(5);
    expect(await h.db.models.FlowTemplate.countDocuments({ key: 'race-key' })).toBe(1);
    expect(await h.db.models.FlowDraft.countDocuments({ key: 'race-key' })).toBe(1);
  });

  it('saves drafts with optimistic concurrency: a stale save gets CONFLICT and changes nothing', async () => {
    const created = await createTemplate(h, 'draft-flow');
    const def = reviewFlow('draft-flow');
    const saved = ok(
      await h.gql<{ saveFlowDraft: { revision: number; updatedBy: { username: string } } }>(SAVE, {
        key: 'draft-flow',
        base: created.draft.revision,
        def,
      }),
    );
    expect(saved.saveFlowDraft.revision).toBe(2);
    expect(saved.saveFlowDraft.updatedBy.username).toBe('admin');
    const stale = errorOf(
      await h.gql(SAVE, { key: 'draft-flow', base: 1, def: { ...def, source: 'stale' } }),
    );
    expect(stale.extensions).toMatchObject({
      code: 'CONFLICT',
      currentRevision: 2,
      fieldPath: ['baseRevision'],
    });
    expect(stale.extensions!.messages!.zh).toContain('草稿');
    const future = errorOf(await h.gql(SAVE, { key: 'draft-flow', base: 7, def }));
    expect(future.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 2 });
    const now = await template(h, 'draft-flow');
    expect(now.draft!.revision).toBe(2);
    expect(now.draft!.definition['source']).toBeUndefined();
  });

  it('lets exactly one of 10 concurrent saves on the same base revision win', async () => {
    const created = await createTemplate(h, 'race-flow');
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        h.gql<{ saveFlowDraft: { revision: number } }>(SAVE, {
          key: 'race-flow',
          base: created.draft.revision,
          def: reviewFlow('race-flow', { source: `writer ${i}` }),
        }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(9);
    const revisions = await h.db.models.FlowDraft.find({ key: 'race-flow' }).sort({ revision: 1 }).lean();
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    const draft = (await template(h, 'race-flow')).draft!;
    const winnerIndex = results.indexOf(winners[0]!);
    expect(draft.definition['source']).toBe(`writer ${winnerIndex}`);
  });

  it('refuses saves of non-definitions and of unknown templates', async () => {
    const before = await counts(h);
    const shape = errorOf(
      await h.gql(SAVE, {
        key: 'draft-flow',
        base: 2,
        def: {
          schemaVersion: 1,
          key: 'x',
          version: 1,
          start: 's',
          name: {},
          roles: [],
          forms: [],
          steps: 'no',
          transitions: [],
        },
      }),
    );
    expect(shape.extensions).toMatchObject({
      code: 'DEFINITION_INVALID',
      fieldPath: ['definition', 'steps'],
    });
    const missing = errorOf(await h.gql(SAVE, { key: 'no-such-flow', base: 0, def: reviewFlow('x') }));
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', fieldPath: ['key'] });
    const negative = errorOf(await h.gql(SAVE, { key: 'draft-flow', base: -1, def: reviewFlow('x') }));
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['baseRevision'] });
    expect(await counts(h)).toEqual(before);
  });

  it('publishes a valid draft as version 1 with a content hash, notes, publisher and stamped bundle', async () => {
    const res = await h.gql<{ publishFlowTemplate: VersionData & { publishedBy: { username: string } } }>(
      PUBLISH,
      {
        key: 'draft-flow',
        base: 2,
        notes: ' 首次发布 / first release ',
      },
    );
    const v = ok(res).publishFlowTemplate;
    expect(v.version).toBe(1);
    expect(v.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(v.releaseNotes).toBe('首次发布 / first release');
    expect(v.publishedBy.username).toBe('admin');
    expect(v.definition).toMatchObject({ key: 'draft-flow', version: 1 });
    const t = await template(h, 'draft-flow');
    expect(t.latestVersion).toEqual({ version: 1 });
    // The projections on the header follow the append-only collections.
    const header = await h.db.models.FlowTemplate.findOne({ key: 'draft-flow' }).lean();
    expect(header).toMatchObject({ draftRevision: 2, latestVersion: 1 });
  });

  it('refuses to publish an unchanged bundle, a stale revision, and a draft of an unknown template', async () => {
    const before = await counts(h);
    const same = errorOf(await h.gql(PUBLISH, { key: 'draft-flow', base: 2 }));
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', latestVersion: 1 });
    expect(same.extensions!.messages!.en).toMatch(/nothing changed/i);
    const stale = errorOf(await h.gql(PUBLISH, { key: 'draft-flow', base: 1 }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 2 });
    const missing = errorOf(await h.gql(PUBLISH, { key: 'nope-flow', base: 1 }));
    expect(missing.extensions!.code).toBe('NOT_FOUND');
    const long = errorOf(await h.gql(PUBLISH, { key: 'draft-flow', base: 2, notes: 'x'.repeat(2001) }));
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['releaseNotes'] });
    expect(await counts(h)).toEqual(before);
  });

  it('refuses to publish an invalid draft with DEFINITION_INVALID and the problems with paths', async () => {
    const broken = reviewFlow('draft-flow') as { transitions: Json[] };
    broken.transitions.push({ key: 'tx', from: 'check', to: 'ghost' });
    broken.transitions[1]!['guard'] = { '>=': [{ var: 'data.nope' }, 5] };
    ok(await h.gql(SAVE, { key: 'draft-flow', base: 2, def: broken }));
    const before = await counts(h);
    const err = errorOf(await h.gql(PUBLISH, { key: 'draft-flow', base: 3 }));
    expect(err.extensions!.code).toBe('DEFINITION_INVALID');
    const problems = err.extensions!['problems'] as {
      code: string;
      path: string[];
      messages: Json;
      severity: string;
    }[];
    const paths = problems.map((p) => p.path.join('/'));
    expect(paths).toContain('transitions/4/to');
    // The guard reads an unknown field: reported inside the guard (how deep is the engine's business).
    expect(paths.some((p) => p.startsWith('transitions/1/guard/>='))).toBe(true);
    for (const p of problems)
      expect(p.messages).toMatchObject({ zh: expect.any(String), en: expect.any(String) });
    expect(await counts(h)).toEqual(before);
    expect(await h.db.models.FlowVersion.countDocuments({ key: 'draft-flow' })).toBe(1);
  });

  it('numbers concurrent publications without gaps or duplicates: one version per number', async () => {
    await createTemplate(h, 'pub-race', { definition: reviewFlow('pub-race') });
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        h.gql<{ publishFlowTemplate: VersionData }>(PUBLISH, { key: 'pub-race', base: 1 }),
      ),
    );
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x.errors))
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(r.errors![0]!.extensions!.code);
    const versions = await h.db.models.FlowVersion.find({ key: 'pub-race' }).lean();
    expect(versions.map((v) => v.version)).toEqual([1]);
  });

  it('lists templates by key, filtered by kind, a bounded page at a time', async () => {
    const LIST = `query($kind: FlowKind, $first: Int, $after: String) {
      flowTemplates(kind: $kind, first: $first, after: $after) { totalCount edges { node { key kind } } pageInfo { hasNextPage endCursor } }
    }`;
    type List = {
      flowTemplates: {
        totalCount: number;
        edges: { node: { key: string; kind: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const all = ok(await h.gql<List>(LIST, { first: 200 })).flowTemplates;
    const keys = all.edges.map((e) => e.node.key);
    expect(keys).toEqual([...keys].sort());
    expect(all.totalCount).toBe(keys.length);
    const loans = ok(await h.gql<List>(LIST, { kind: 'LOAN' })).flowTemplates;
    expect(loans.edges.map((e) => e.node)).toEqual([{ key: 'race-key', kind: 'LOAN' }]);
    const first = ok(await h.gql<List>(LIST, { first: 1 })).flowTemplates;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(await h.gql<List>(LIST, { first: 1, after: first.pageInfo.endCursor })).flowTemplates;
    expect(second.edges[0]!.node.key).toBe(keys[1]);
    expect(errorOf(await h.gql(LIST, { first: 0 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await h.gql(LIST, { after: 'junk' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('records every change in the config audit log', async () => {
    const log = ok(
      await h.gql<{
        configAuditLog: { edges: { node: { action: string; actor: string; details: Json } }[] };
      }>(AUDIT, {
        key: 'draft-flow',
      }),
    ).configAuditLog.edges.map((e) => e.node);
    expect(log.map((e) => e.action).reverse()).toEqual([
      'flow.create',
      'flow.save-draft',
      'flow.publish',
      'flow.save-draft',
    ]);
    expect(log.every((e) => e.actor === 'admin')).toBe(true);
    const publish = log.find((e) => e.action === 'flow.publish')!;
    expect(publish.details).toMatchObject({ version: 1, fromRevision: 2, contentHash: expect.any(String) });
  });
});
