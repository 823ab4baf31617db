/**
 * Bad input, generated: every root query and mutation of the contract that takes free text or JSON
 * (found in schema.graphql with graphql-js, so a field added later is attacked without anyone listing
 * it) gets fast-check payloads of its declared types with hostile leaves, as the administrator (so that
 * payloads pass authorisation and reach the services). For every response: no HTTP 5xx, JSON, no
 * INTERNAL_SERVER_ERROR, no stack trace or path; and a refused request leaves no lasting write.
 *
 * Deterministic: the seed is fixed (PARLEY_FUZZ_SEED overrides it) and printed with every failure;
 * PARLEY_FUZZ_RUNS sets the total (at least 2,000).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';
import { contractSchema, freeTextFields, operationFor, variablesOf, type RealValues } from './hostile-input';
import { figure, hygieneProblems, lastingWrites, post, WriteMonitor } from './security-support';
import { buildWorld, type World } from './world';

const SEED = Number(process.env['PARLEY_FUZZ_SEED'] ?? 20261206);
const TOTAL = Math.max(2000, Number(process.env['PARLEY_FUZZ_RUNS'] ?? 2000));

/** Fields left out of the attack, each with the reason. Empty: everything with free text is attacked. */
const NOT_ATTACKED: Readonly<Record<string, string>> = {};

interface Failure {
  field: string;
  seed: number;
  index: number;
  problems: string[];
  variables: string;
  response: string;
}

describe('bad input: generated payloads against every field taking free text or JSON', () => {
  let h: Harness;
  let world: World;
  let monitor: WriteMonitor;
  const schema = contractSchema();
  const fields = freeTextFields(schema).filter((f) => !(`${f.rootType}.${f.name}` in NOT_ATTACKED));

  beforeAll(async () => {
    h = await startHarness({ TRUST_PROXY: '1' }, { monitorCommands: true });
    world = await buildWorld(h);
    monitor = WriteMonitor.of(h);
  });
  afterAll(async () => {
    monitor?.stop();
    await h?.close();
  });

  it('attacks every mutation taking String or JSON arguments (the list comes from the schema)', () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const attacked = new Set(fields.map((f) => `${f.rootType}.${f.name}`));
    const freeText = freeTextFields(schema).filter((f) => f.rootType === 'Mutation');
    expect(freeText.length).toBeGreaterThan(mutations.length / 2);
    const missed = freeText
      .map((f) => `Mutation.${f.name}`)
      .filter((k) => !attacked.has(k) && !NOT_ATTACKED[k]);
    expect(missed).toEqual([]);
    for (const key of Object.keys(NOT_ATTACKED)) expect(attacked.has(key)).toBe(false);
  });

  it(`sends at least ${TOTAL} payloads: no 500, no INTERNAL_SERVER_ERROR, no internals, no write when refused`, async () => {
    const real: RealValues = {
      ids: [
        world.own.complaint.id,
        world.own.negotiation.id,
        world.other.complaint.id,
        world.other.negotiation.id,
        world.categoryId,
        world.victimUserId,
        world.webhookId,
        world.apiClientId,
        // Well-formed ids of nothing.
        Buffer.from('Case:0123456789abcdef01234567').toString('base64url'),
        Buffer.from('User:zzz').toString('base64url'),
      ],
      strings: [
        'complaint-handling',
        'minsheng-e-negotiation',
        'CUSTOMER_SERVICE',
        'POLICY',
        'apply',
        'review',
        'draft-plan',
        'communicate',
        'receive',
        'agent',
        'phone',
        '13900000011',
        world.own.token,
        world.other.token,
        world.intakeToken,
      ],
    };
    const perField = Math.ceil(TOTAL / fields.length);
    const failures: Failure[] = [];
    const tally = { payloads: 0, http5xx: 0, internal: 0, internals: 0, nonJson: 0, refusedWrites: 0 };
    for (const [i, field] of fields.entries()) {
      const name = `${field.rootType}.${field.name}`;
      const query = operationFor(field);
      const seed = SEED + i;
      const samples = fc.sample(variablesOf(field.args, real), { seed, numRuns: perField });
      for (const [index, variables] of samples.entries()) {
        // A fresh client address per payload: public forms' per-address limits must not hide deeper code.
        const headers = {
          'x-forwarded-for': `198.18.${(tally.payloads >> 8) & 255}.${tally.payloads & 255}`,
        };
        const { result: res, writes } = await monitor.during(() =>
          post(h.server.url, { query, variables }, h.admin, headers),
        );
        tally.payloads++;
        const problems = hygieneProblems(res);
        if (res.status >= 500) tally.http5xx++;
        if (res.text.includes('INTERNAL_SERVER_ERROR')) tally.internal++;
        if (!res.body) tally.nonJson++;
        if (problems.some((p) => !/^HTTP|INTERNAL|not JSON/.test(p))) tally.internals++;
        if ((res.body?.errors?.length ?? 0) > 0 || !res.body) {
          const lasting = await lastingWrites(h, writes);
          if (lasting.length > 0) {
            tally.refusedWrites++;
            problems.push(`refused but wrote: ${lasting.join(', ')}`);
          }
        }
        if (problems.length > 0)
          failures.push({
            field: name,
            seed,
            index,
            problems,
            variables: JSON.stringify(variables).slice(0, 300),
            response: res.text.slice(0, 300),
          });
      }
    }
    figure('bad-input fields attacked', fields.length);
    figure('bad-input payloads tried', tally.payloads);
    figure('bad-input HTTP 5xx', tally.http5xx);
    figure('bad-input INTERNAL_SERVER_ERROR', tally.internal);
    figure('bad-input responses with internals', tally.internals);
    figure('bad-input non-JSON responses', tally.nonJson);
    figure('bad-input refused requests that wrote', tally.refusedWrites);
    if (failures.length > 0) {
      const byField = new Map<string, Failure[]>();
      for (const f of failures) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
      for (const [field, list] of byField)
        console.log(
          `[bad input] ${field}: ${list.length} failing payloads (seed ${list[0]!.seed}, e.g. #${list[0]!.index})\n` +
            `  problems: ${list[0]!.problems.join('; ')}\n  variables: ${list[0]!.variables}\n  response: ${list[0]!.response}`,
        );
    }
    expect(tally.payloads).toBeGreaterThanOrEqual(TOTAL);
    expect(failures.map((f) => `${f.field} (seed ${f.seed} #${f.index}): ${f.problems.join('; ')}`)).toEqual(
      [],
    );
  });
});
