/**
 * Publishes the flow templates shipped with Parley (the engine's `FLOW_TEMPLATES`, under the same keys)
 * once per database, so that a fresh install can open cases on every seed flow at once.
 *
 * Safe when several processes start at once: the template key is unique (a second creator gets
 * CONFLICT) and a version number is unique (a second publisher gets CONFLICT, or finds the version
 * already there). A template whose key exists is never touched unless it is still exactly what this
 * seed created — revision 1 and nothing published, i.e. a start that died half-way — so a supervisor's
 * own template of that key, or their later drafts, stay theirs. A marker written after all of them
 * stops later starts from re-publishing a template archived on purpose.
 */
import type { Models } from '../db/models';
import { AppError, isDuplicateKeyError } from '../errors/app-error';
import { SEED_VIEWER } from '../features/access/viewer';
import { FlowTemplateService } from '../features/flows/flow-template.service';
import { seedTemplates } from '../features/flows/seed-templates';

/** Bump when the engine ships seeds that existing installs should receive. */
export const FLOW_SEED_MARKER = 'flow-templates@1';
const SEED_RUNS = 'seed_runs';

const RELEASE_NOTES = '随平台提供的模板 / Shipped with Parley';

async function ignoreConflict(fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
  }
}

/** Creates and publishes the seed templates not yet there; returns the keys this call published. */
export async function publishSeedTemplates(models: Models): Promise<string[]> {
  const runs = models.FlowTemplate.db.collection<{ _id: string; at: Date }>(SEED_RUNS);
  if (await runs.findOne({ _id: FLOW_SEED_MARKER })) return [];
  const flows = new FlowTemplateService(models);
  const published: string[] = [];
  for (const seed of seedTemplates()) {
    if (!(await models.FlowTemplate.exists({ _id: seed.key }).exec()))
      await ignoreConflict(() =>
        flows.create(SEED_VIEWER, { key: seed.key, name: seed.name, kind: seed.kind, fromSeed: seed.key }),
      );
    if (await flows.store.latestVersion(seed.key)) continue;
    const draft = await flows.store.latestDraft(seed.key);
    // Only the seed's own first draft is published here; anything later is someone's work.
    if (draft?.revision !== 1) continue;
    try {
      await flows.publish(SEED_VIEWER, seed.key, 1, RELEASE_NOTES);
      published.push(seed.key);
    } catch (err) {
      // A concurrent start published it first (CONFLICT, or "nothing changed" against its version).
      if (!(await flows.store.latestVersion(seed.key))) throw err;
    }
  }
  try {
    await runs.insertOne({ _id: FLOW_SEED_MARKER, at: new Date() });
  } catch (err) {
    // A concurrent start finished first.
    if (!isDuplicateKeyError(err)) throw err;
  }
  return published;
}
