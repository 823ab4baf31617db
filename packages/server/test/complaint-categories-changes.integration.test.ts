import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import {
  CREATE,
  DELETE,
  RENAME,
  UPDATE,
  auditOf,
  cat,
  create,
  databaseState,
  ok,
  refused,
  stored,
  type Category,
} from './complaint-categories-helpers';

describe('complaint categories: update, delete and the audit log', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records create and rename in the audit log, with who and before/after', async () => {
    const c = await create(h, {
      code: 'AUD-1',
      name: { zh: '审计', en: 'Audit' },
      severity: 'HIGH',
      routing: { departmentCode: 'PRODUCT', queueCode: 'GENERAL' },
      regulatoryCodes: { jrtBusinessType: '贷款', jrtCause: '合同条款' },
    });
    expect(c).toMatchObject({
      routing: { departmentCode: 'PRODUCT', queueCode: 'GENERAL' },
      regulatoryCodes: { jrtBusinessType: '贷款', jrtCause: '合同条款', cfpbProduct: null, cfpbIssue: null },
      requiredFields: [],
    });
    await ok(h, RENAME, { id: c.id, name: { zh: '审计二', en: 'Audit two' } });
    // Renaming to the same names again is not a change.
    await ok(h, RENAME, { id: c.id, name: { zh: '审计二', en: 'Audit two' } });

    const entries = await auditOf(h, 'AUD-1');
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['category.create', 'admin'],
      ['category.rename', 'admin'],
    ]);
    expect(entries[0]!.details).toMatchObject({
      after: { code: 'AUD-1', parentCode: null, severity: 'HIGH', routing: { departmentCode: 'PRODUCT' } },
    });
    expect(entries[1]!.details).toEqual({
      before: { name: { zh: '审计', en: 'Audit' } },
      after: { name: { zh: '审计二', en: 'Audit two' } },
    });

    // The same entries through the API, newest first.
    const log = await h.gql<{
      configAuditLog: { edges: { node: { action: string; actor: string; details: unknown } }[] };
    }>(
      `query { configAuditLog(entityType: "ComplaintCategory", entityKey: "AUD-1") { edges { node { action actor details } } } }`,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.configAuditLog.edges.map((e) => e.node.action)).toEqual([
      'category.rename',
      'category.create',
    ]);
  });

  it('updates severity, SLA policy, routing, regulatory codes and required fields', async () => {
    const c = await cat(h, 'UPD-1');
    const updated = await ok<Category>(h, UPDATE, {
      id: c.id,
      input: {
        severity: 'CRITICAL',
        slaPolicyKey: 'fast-track',
        routing: { departmentCode: 'CUSTOMER_SERVICE', queueCode: 'GENERAL' },
        regulatoryCodes: {
          jrtBusinessType: '银行卡',
          jrtCause: '债务催收',
          cfpbProduct: 'Debt collection',
          cfpbIssue: 'Attempts to collect debt not owed',
        },
        requiredFields: ['customer.phone', 'amountInDispute'],
      },
    });
    expect(updated).toMatchObject({
      severity: 'CRITICAL',
      slaPolicyKey: 'fast-track',
      routing: { departmentCode: 'CUSTOMER_SERVICE', queueCode: 'GENERAL' },
      regulatoryCodes: {
        jrtBusinessType: '银行卡',
        jrtCause: '债务催收',
        cfpbProduct: 'Debt collection',
        cfpbIssue: 'Attempts to collect debt not owed',
      },
      requiredFields: ['customer.phone', 'amountInDispute'],
    });
    const entry = (await auditOf(h, 'UPD-1')).at(-1)!;
    expect(entry.action).toBe('category.update');
    expect(entry.details).toMatchObject({
      before: { severity: 'MEDIUM', slaPolicyKey: 'regulatory-complaint', routing: null, requiredFields: [] },
      after: {
        severity: 'CRITICAL',
        slaPolicyKey: 'fast-track',
        requiredFields: ['customer.phone', 'amountInDispute'],
      },
    });

    // Omitted fields stay; null routing clears it; an empty string clears one regulatory code.
    const partial = await ok<Category>(h, UPDATE, {
      id: c.id,
      input: { routing: null, regulatoryCodes: { jrtBusinessType: '银行卡', jrtCause: '' } },
    });
    expect(partial).toMatchObject({
      severity: 'CRITICAL',
      routing: null,
      regulatoryCodes: { jrtBusinessType: '银行卡', jrtCause: null, cfpbProduct: null },
      requiredFields: ['customer.phone', 'amountInDispute'],
    });
    expect(Object.keys((await auditOf(h, 'UPD-1')).at(-1)!.details!['after'] as object).sort()).toEqual([
      'regulatoryCodes',
      'routing',
    ]);

    // Setting what is already there writes nothing and logs nothing.
    const before = await databaseState(h);
    await ok(h, UPDATE, { id: c.id, input: { severity: 'CRITICAL' } });
    expect(await databaseState(h)).toEqual(before);
  });

  it('refuses bad updates with the offending field, and writes nothing', async () => {
    const c = await cat(h, 'UPD-BAD');
    const before = await databaseState(h);
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ slaPolicyKey: 'Not A Key' }, ['input', 'slaPolicyKey']],
      [{ slaPolicyKey: null }, ['input', 'slaPolicyKey']],
      [{ severity: null }, ['input', 'severity']],
      [{ requiredFields: null }, ['input', 'requiredFields']],
      [{ requiredFields: ['ok', '1bad'] }, ['input', 'requiredFields', 1]],
      [{ requiredFields: ['twice', 'twice'] }, ['input', 'requiredFields', 1]],
      [{ regulatoryCodes: { jrtBusinessType: '彩票' } }, ['input', 'regulatoryCodes', 'jrtBusinessType']],
      [{ regulatoryCodes: { jrtCause: 'rudeness' } }, ['input', 'regulatoryCodes', 'jrtCause']],
      [{ regulatoryCodes: { cfpbIssue: 'x'.repeat(201) } }, ['input', 'regulatoryCodes', 'cfpbIssue']],
      [{ routing: { departmentCode: 'NOWHERE' } }, ['input', 'routing', 'departmentCode']],
      [{ routing: { departmentCode: 'PRODUCT', queueCode: 'NOPE' } }, ['input', 'routing', 'queueCode']],
      [{ routing: { queueCode: 'GENERAL' } }, ['input', 'routing', 'departmentCode']],
      [{ routing: { departmentCode: 'lower' } }, ['input', 'routing', 'departmentCode']],
    ];
    for (const [input, fieldPath] of cases) {
      const err = await refused(h, UPDATE, { id: c.id, input: { severity: 'HIGH', ...input } });
      expect(err.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath });
    }
    const vocabulary = await refused(h, UPDATE, {
      id: c.id,
      input: { regulatoryCodes: { jrtCause: '态度' } },
    });
    expect(vocabulary.extensions!.messages!.zh).toContain('服务态度及服务质量');

    const missing = await refused(h, UPDATE, { id: 'bm9wZQ', input: { severity: 'HIGH' } });
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', fieldPath: ['id'] });
    const badCreate = await refused(h, CREATE, {
      input: { code: 'UPD-NEW', name: { zh: '新', en: 'New' }, regulatoryCodes: { jrtBusinessType: '彩票' } },
    });
    expect(badCreate.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['input', 'regulatoryCodes', 'jrtBusinessType'],
    });
    expect(await databaseState(h)).toEqual(before);
  });

  it('deletes a leaf that nothing references, and logs what it was', async () => {
    const p = await cat(h, 'DEL-P');
    const leaf = await cat(h, 'DEL-LEAF', p);
    const res = await h.gql<{ deleteComplaintCategory: boolean }>(DELETE, { id: leaf.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.deleteComplaintCategory).toBe(true);
    expect(await stored(h, 'DEL-LEAF')).toBeNull();
    expect((await auditOf(h, 'DEL-LEAF')).at(-1)).toMatchObject({
      action: 'category.delete',
      actor: 'admin',
      details: { before: { code: 'DEL-LEAF', parentCode: 'DEL-P', path: ['DEL-P', 'DEL-LEAF'] } },
    });
    const again = await refused(h, DELETE, { id: leaf.id });
    expect(again.extensions).toMatchObject({ code: 'NOT_FOUND', fieldPath: ['id'] });
  });

  it('refuses to delete a category with children, or one a case references (REFERENCED)', async () => {
    const p = await cat(h, 'REF-P');
    await cat(h, 'REF-CHILD', p);
    const used = await cat(h, 'REF-USED');
    const usedId = (await stored(h, 'REF-USED'))!._id;
    const cases = h.db.models.ComplaintCategory.db.collection('cases');
    await cases.insertOne({ categoryId: usedId, status: 'OPEN' });
    const before = await databaseState(h);

    const withChildren = await refused(h, DELETE, { id: p.id });
    expect(withChildren.extensions).toMatchObject({ code: 'REFERENCED', children: 1 });
    expect(withChildren.extensions!.messages!.en).toMatch(/deactivate/i);
    const referenced = await refused(h, DELETE, { id: used.id });
    expect(referenced.extensions).toMatchObject({ code: 'REFERENCED', cases: 1 });
    expect(referenced.extensions!.messages!.zh).toContain('REF-USED');
    expect(await databaseState(h)).toEqual(before);

    // Once the case is gone the category may go too.
    await cases.deleteMany({ categoryId: usedId });
    expect((await h.gql(DELETE, { id: used.id })).errors).toBeUndefined();
  });
});
