/**
 * Fields the admin's flows list reads. `FlowDraft.state`: what the flows list shows per template — CLEAN when the draft is the newest
 * published content, UNPUBLISHED after an edit (or before the first publication), INVALID when
 * publishing the draft would be refused. `SeedFlowTemplate.steps/transitions`: the gallery's thumbnails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { PUBLISH, SAVE, createTemplate, ok, reviewFlow, type Json } from './flows-helpers';

const STATE = `query($key: String!) { flowTemplate(key: $key) { draft { revision state } } }`;

async function draft(h: Harness, key: string) {
  return ok(await h.gql<{ flowTemplate: { draft: { revision: number; state: string } } }>(STATE, { key }))
    .flowTemplate.draft;
}

describe('flow draft state', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('goes UNPUBLISHED → CLEAN on publish → UNPUBLISHED on an edit → INVALID on a broken save', async () => {
    await createTemplate(h, 'stateful', { definition: reviewFlow('stateful') });
    expect(await draft(h, 'stateful')).toEqual({ revision: 1, state: 'UNPUBLISHED' });

    ok(await h.gql(PUBLISH, { key: 'stateful', base: 1 }));
    expect((await draft(h, 'stateful')).state).toBe('CLEAN');

    const renamed = reviewFlow('stateful', { name: { zh: '新名称', en: 'New name' } });
    ok(await h.gql(SAVE, { key: 'stateful', base: 1, def: renamed }));
    expect(await draft(h, 'stateful')).toEqual({ revision: 2, state: 'UNPUBLISHED' });

    // Saving the published content again makes the draft clean again: content, not revision, decides.
    ok(await h.gql(SAVE, { key: 'stateful', base: 2, def: reviewFlow('stateful') }));
    expect(await draft(h, 'stateful')).toEqual({ revision: 3, state: 'CLEAN' });

    const broken = reviewFlow('stateful') as { transitions: Json[] };
    broken.transitions.push({ key: 't9', from: 'intake', to: 'nowhere' });
    ok(await h.gql(SAVE, { key: 'stateful', base: 3, def: broken }));
    expect(await draft(h, 'stateful')).toEqual({ revision: 4, state: 'INVALID' });
    // …and publishing it is indeed refused.
    const refused = await h.gql(PUBLISH, { key: 'stateful', base: 4 });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('DEFINITION_INVALID');
  });

  it('gives each shipped seed its steps and transitions, every transition between two of its steps', async () => {
    const res = ok(
      await h.gql<{
        seedFlowTemplates: {
          key: string;
          steps: { key: string; kind: string }[];
          transitions: { from: string; to: string }[];
        }[];
      }>(`{ seedFlowTemplates { key steps { key kind } transitions { from to } } }`),
    );
    expect(res.seedFlowTemplates).toHaveLength(10);
    for (const seed of res.seedFlowTemplates) {
      const keys = new Set(seed.steps.map((s) => s.key));
      expect(
        seed.steps.some((s) => s.kind === 'END'),
        seed.key,
      ).toBe(true);
      expect(seed.transitions.length, seed.key).toBeGreaterThan(0);
      for (const t of seed.transitions)
        expect(keys.has(t.from) && keys.has(t.to), `${seed.key} ${t.from}→${t.to}`).toBe(true);
    }
  });

  it('describes each shipped seed in both languages for the gallery', async () => {
    const res = ok(
      await h.gql<{ seedFlowTemplates: { key: string; description: { zh: string; en: string } | null }[] }>(
        `{ seedFlowTemplates { key description { zh en } } }`,
      ),
    );
    const minsheng = res.seedFlowTemplates.find((s) => s.key === 'minsheng-e-negotiation');
    expect(minsheng?.description?.zh).toContain('信息审核');
    expect(minsheng?.description?.en).toContain('review');
    for (const seed of res.seedFlowTemplates) {
      expect(seed.description?.zh, seed.key).toBeTruthy();
      expect(seed.description?.en, seed.key).toBeTruthy();
    }
  });
});
