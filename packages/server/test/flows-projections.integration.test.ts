/**
 * The template header's projections (newest draft revision, newest version) are hints rebuilt from the
 * append-only collections: a wrong projection changes no answer and no decision, and the repair
 * rebuilds it. Checked from a second connection, whose process-level caches know nothing yet — as a
 * freshly started server would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../src/db/connect';
import { FlowTemplateService } from '../src/features/flows/flow-template.service';
import { SurveyService } from '../src/features/surveys/survey.service';
import { startHarness, type Harness } from './harness';
import { PUBLISH, SAVE, createTemplate, ok, reviewFlow } from './flows-helpers';

describe('definition projections', () => {
  let h: Harness;
  let fresh: Database | null = null;
  beforeAll(async () => {
    h = await startHarness();
    await createTemplate(h, 'projected', { definition: reviewFlow('projected') });
    ok(await h.gql(PUBLISH, { key: 'projected', base: 1 }));
    ok(await h.gql(SAVE, { key: 'projected', base: 1, def: reviewFlow('projected', { source: 'r2' }) }));
    ok(await h.gql(PUBLISH, { key: 'projected', base: 2 }));
    ok(await h.gql(SAVE, { key: 'projected', base: 2, def: reviewFlow('projected', { source: 'r3' }) }));
  });
  afterAll(async () => {
    await fresh?.close();
    await h?.close();
  });

  async function freshService(): Promise<FlowTemplateService> {
    await fresh?.close();
    fresh = await connectDatabase(inject('mongodbUri'), h.db.conn.name);
    return new FlowTemplateService(fresh.models);
  }

  it('are kept up to date by every write', async () => {
    const header = await h.db.models.FlowTemplate.findOne({ key: 'projected' }).lean();
    expect(header).toMatchObject({ draftRevision: 3, latestVersion: 2 });
  });

  for (const [label, wrong] of [
    ['lagging', { draftRevision: 1, latestVersion: 0 }],
    ['running ahead', { draftRevision: 9, latestVersion: 7 }],
  ] as const) {
    it(`change no answer and no decision when ${label}, and are repaired`, async () => {
      await h.db.models.FlowTemplate.updateOne({ _id: 'projected' }, { $set: wrong }).exec();
      const flows = await freshService();
      expect((await flows.store.latestDraft('projected'))?.revision).toBe(3);
      expect((await flows.store.latestVersion('projected'))?.version).toBe(2);
      // A save based on the true newest revision still wins; one based on the projection's still loses.
      await expect(
        flows.saveDraft(
          { kind: 'system', name: 'test' },
          'projected',
          wrong.draftRevision,
          reviewFlow('projected'),
        ),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await (await freshService()).repairProjections()).toBeGreaterThan(0);
      const repaired = await h.db.models.FlowTemplate.findOne({ key: 'projected' }).lean();
      expect(repaired).toMatchObject({ draftRevision: 3, latestVersion: 2 });
    });
  }

  it('repairs surveys too', async () => {
    ok(
      await h.gql(
        `mutation { createSurvey(input: { key: "proj-survey", title: { zh: "调查", en: "Survey" } }) { key } }`,
      ),
    );
    await h.db.models.Survey.updateOne({ _id: 'proj-survey' }, { $set: { draftRevision: 0 } }).exec();
    await freshService();
    const surveys = new SurveyService(fresh!.models);
    expect((await surveys.latestDraft('proj-survey'))?.revision).toBe(1);
    expect(await surveys.repairProjections()).toBe(1);
    expect(await h.db.models.Survey.findOne({ key: 'proj-survey' }).lean()).toMatchObject({
      draftRevision: 1,
    });
  });
});
