/**
 * Another bank system reading flows through the API, the way it would in production: a scoped API key
 * (`flow.read` only), typed operations, pagination followed to the end, then a published version read
 * by template key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type GqlResponse, type Harness } from './harness';
import { PUBLISH, createTemplate, ok, reviewFlow } from './flows-helpers';

/** The operations the other system ships, with the types of their results. */
const LIST_TEMPLATES = `query ListTemplates($first: Int!, $after: String) {
  flowTemplates(first: $first, after: $after) {
    totalCount
    edges { cursor node { key kind latestVersion { version } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
interface ListTemplates {
  flowTemplates: {
    totalCount: number;
    edges: {
      cursor: string;
      node: { key: string; kind: string; latestVersion: { version: number } | null };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const READ_VERSION = `query ReadVersion($key: String!, $version: Int) {
  flowVersion(templateKey: $key, version: $version) {
    version contentHash
    steps { key kind requiredRole }
    transitions { from to guard }
    definition
  }
}`;
interface ReadVersion {
  flowVersion: {
    version: number;
    contentHash: string;
    steps: { key: string; kind: string; requiredRole: string | null }[];
    transitions: { from: string; to: string; guard: unknown }[];
    definition: { key: string; version: number };
  } | null;
}

describe('an API client of another bank system', () => {
  let h: Harness;
  let apiKey: string;
  const keys = ['api-a', 'api-b', 'api-c', 'api-d', 'api-e'];

  beforeAll(async () => {
    h = await startHarness();
    for (const key of keys) await createTemplate(h, key, { definition: reviewFlow(key) });
    ok(await h.gql(PUBLISH, { key: 'api-c', base: 1 }));
    const created = ok(
      await h.gql<{ createApiClient: { key: string } }>(
        `mutation { createApiClient(input: { name: "loan-origination", scopes: ["flow.read"] }) { key } }`,
      ),
    );
    apiKey = `ApiKey ${created.createApiClient.key}`;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('pages through every template with first: 2, following endCursor to the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: GqlResponse<ListTemplates> = await h.gql<ListTemplates>(
        LIST_TEMPLATES,
        { first: 2, after },
        { as: apiKey },
      );
      const page = ok(res).flowTemplates;
      expect(page.totalCount).toBe(keys.length);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((e) => e.node.key));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(keys);
    expect(pages).toBe(3);
  });

  it('reads a published version by template key (newest and by number)', async () => {
    const newest = ok(await h.gql<ReadVersion>(READ_VERSION, { key: 'api-c' }, { as: apiKey })).flowVersion!;
    expect(newest.version).toBe(1);
    expect(newest.definition).toMatchObject({ key: 'api-c', version: 1 });
    expect(newest.steps.map((s) => s.kind)).toEqual(['FORM', 'REVIEW', 'END', 'END']);
    const byNumber = ok(
      await h.gql<ReadVersion>(READ_VERSION, { key: 'api-c', version: 1 }, { as: apiKey }),
    ).flowVersion!;
    expect(byNumber.contentHash).toBe(newest.contentHash);
    expect(
      ok(await h.gql<ReadVersion>(READ_VERSION, { key: 'api-a' }, { as: apiKey })).flowVersion,
    ).toBeNull();
  });

  it('is refused what its scope does not cover: drafts, writes, bad page sizes', async () => {
    const draft = await h.gql(
      `query { flowTemplate(key: "api-a") { draft { revision } } }`,
      {},
      { as: apiKey },
    );
    expect(draft.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const publish = await h.gql(PUBLISH, { key: 'api-a', base: 1 }, { as: apiKey });
    expect(publish.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const tooMany = await h.gql(LIST_TEMPLATES, { first: 500 }, { as: apiKey });
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['first'] });
    expect(await h.db.models.FlowVersion.countDocuments({ key: 'api-a' })).toBe(0);
  });
});
