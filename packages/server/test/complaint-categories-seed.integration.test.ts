import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUri, uniqueDatabaseName } from '../../../test-support/test-database';
import { startHarness, type Harness } from './harness';
import { connectDatabase } from '../src/db/connect';
import { ensureAccessBasics } from '../src/features/access/access.seed';
import { seedDemoData } from '../src/seed/demo-data';
import { CATEGORY_SEED_MARKER } from '../src/seed/complaint-categories.seed';
import { DEFAULT_COMPLAINT_CATEGORIES, type SeedCategory } from '../src/seed/default-complaint-categories';
import {
  CFPB_EXAMPLE,
  JRT_BUSINESS_TYPE_TERMS,
  JRT_CAUSE_TERMS,
} from '../src/features/complaint-categories/regulatory-vocabulary';
import { childCodes, stored } from './complaint-categories-helpers';

function codesOf(nodes: readonly SeedCategory[]): string[] {
  return nodes.flatMap((n) => [n.code, ...codesOf(n.children ?? [])]);
}
const ALL_CODES = codesOf(DEFAULT_COMPLAINT_CATEGORIES);

describe('complaint categories: the default tree', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('seeds the four classes with JR/T 0169-2018 children and the CFPB example, once', async () => {
    expect(await seedDemoData(h.db.models)).toEqual({ created: ALL_CODES.length });
    expect(await childCodes(h, null)).toEqual(['PRODUCT', 'SERVICE', 'POLICY', 'OTHER']);
    const routes = await h.db.models.ComplaintCategory.find({ parentId: null })
      .sort({ order: 1 })
      .lean()
      .exec();
    expect(routes.map((r) => r.routing?.departmentCode)).toEqual([
      'PRODUCT',
      'CUSTOMER_SERVICE',
      'POLICY',
      'CUSTOMER_SERVICE',
    ]);

    const all = await h.db.models.ComplaintCategory.find().lean().exec();
    expect(all).toHaveLength(ALL_CODES.length);
    for (const c of all) {
      const codes = c.regulatoryCodes;
      if (codes?.jrtBusinessType)
        expect(JRT_BUSINESS_TYPE_TERMS.has(codes.jrtBusinessType), c.code).toBe(true);
      if (codes?.jrtCause) expect(JRT_CAUSE_TERMS.has(codes.jrtCause), c.code).toBe(true);
      expect(c.routing?.departmentCode, c.code).toBeTruthy();
    }
    // Every JR/T business type and cause has a home in the default tree.
    const used = new Set(
      all.flatMap((c) => [c.regulatoryCodes?.jrtBusinessType, c.regulatoryCodes?.jrtCause]),
    );
    for (const term of [...JRT_BUSINESS_TYPE_TERMS, ...JRT_CAUSE_TERMS])
      expect(used.has(term), term).toBe(true);

    expect(await stored(h, 'SERVICE-COLLECTION-CARD-NOT-OWED')).toMatchObject({
      path: ['SERVICE', 'SERVICE-COLLECTION', 'SERVICE-COLLECTION-CARD', 'SERVICE-COLLECTION-CARD-NOT-OWED'],
      depth: 3,
      severity: 'HIGH',
      routing: { departmentCode: 'CUSTOMER_SERVICE' },
      regulatoryCodes: {
        jrtBusinessType: '银行卡',
        jrtCause: '债务催收',
        cfpbProduct: CFPB_EXAMPLE.product,
        cfpbIssue: CFPB_EXAMPLE.issue,
      },
    });
    expect((await stored(h, 'SERVICE-COLLECTION-CARD'))!.name.en).toBe(CFPB_EXAMPLE.subProduct);

    const audit = await h.db.models.ConfigAudit.find({ action: 'category.create' }).lean().exec();
    expect(audit).toHaveLength(ALL_CODES.length);
    expect(new Set(audit.map((a) => a.actor))).toEqual(new Set(['system:seed']));

    expect(await seedDemoData(h.db.models)).toEqual({ created: 0 });
    expect(await h.db.models.ComplaintCategory.countDocuments().exec()).toBe(ALL_CODES.length);
  });

  it('does not bring back a seeded category a supervisor deleted, but finishes a seed that died', async () => {
    await h.db.models.ComplaintCategory.deleteOne({ code: 'OTHER-MISC' }).exec();
    expect(await seedDemoData(h.db.models)).toEqual({ created: 0 });
    expect(await stored(h, 'OTHER-MISC')).toBeNull();

    // No marker: the previous start stopped before the end of the tree.
    await h.db.models.ComplaintCategory.db
      .collection<{ _id: string }>('seed_runs')
      .deleteOne({ _id: CATEGORY_SEED_MARKER });
    expect(await seedDemoData(h.db.models)).toEqual({ created: 1 });
    expect(await stored(h, 'OTHER-MISC')).toMatchObject({ path: ['OTHER', 'OTHER-MISC'] });
  });

  it('seeds each category exactly once when several processes start at the same time', async () => {
    const dbName = uniqueDatabaseName();
    const processes = await Promise.all(
      [1, 2, 3].map(() => connectDatabase(testDatabaseUri(dbName), dbName)),
    );
    try {
      await ensureAccessBasics(processes[0]!.models, 'seed-race-password-1');
      const results = await Promise.all(processes.map((p) => seedDemoData(p.models)));
      expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(ALL_CODES.length);
      const models = processes[0]!.models;
      const codes = (await models.ComplaintCategory.find().lean().exec()).map((c) => c.code).sort();
      expect(codes).toEqual([...ALL_CODES].sort());
      expect(await models.ConfigAudit.countDocuments({ action: 'category.create' }).exec()).toBe(
        ALL_CODES.length,
      );
      expect(await models.ComplaintCategory.db.collection('seed_runs').countDocuments()).toBe(1);
    } finally {
      await processes[0]!.conn.dropDatabase();
      await Promise.all(processes.map((p) => p.close()));
    }
  });
});
