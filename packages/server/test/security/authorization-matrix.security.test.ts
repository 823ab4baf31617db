/**
 * The authorisation matrix, generated from the rule table (graphql/authorization.ts FIELD_ACCESS): every
 * root query and mutation × every built-in role (and an anonymous caller) × a case in the viewer's own
 * department and one in another department. A rule added later is attacked without anyone listing it.
 *
 * A leak is any of:
 * - a caller without the permission not refused (FORBIDDEN, or UNAUTHENTICATED when anonymous) with no
 *   data, or a lasting write by such a refused call;
 * - other-department data (reference, customer name, ID number, phone) in any answer to a caller who
 *   lacks `case.all-departments`;
 * - for such a caller, an answer about another department's case that differs from the answer about a
 *   case that does not exist (success, or an error that confirms the case exists), or a lasting write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_ACCESS, type Access } from '../../src/graphql/authorization';
import { BUILT_IN_ROLES } from '../../src/features/access/permissions';
import { startHarness, type Harness } from '../harness';
import { contractSchema } from './hostile-input';
import { argsFor, GHOST, selectionFor, type Variant } from './minimal-args';
import {
  errorCodes,
  figure,
  hygieneProblems,
  lastingWrites,
  post,
  WriteMonitor,
  type RawResponse,
} from './security-support';
import { buildWorld, type World } from './world';

interface Role {
  key: string;
  permissions: readonly string[];
}

/** Least privileged first, so that what the stronger roles change comes after the weaker ones tried. */
const ROLES: Role[] = [
  { key: 'anonymous', permissions: [] },
  ...['auditor', 'agent', 'supervisor', 'administrator'].map((key) => {
    const role = BUILT_IN_ROLES.find((r) => r.key === key);
    if (!role) throw new Error(`built-in role ${key} is gone`);
    return role;
  }),
];

function allowed(role: Role, access: Access): boolean {
  if (access === 'public') return true;
  if (role.key === 'anonymous') return false;
  return access === 'authenticated' || role.permissions.includes(access);
}

/** What a caller learns from an answer: error codes and data, with the case ids it sent blanked out. */
function learned(res: RawResponse, field: string, ids: string[]): string {
  let data = JSON.stringify(res.body?.data?.[field] ?? null);
  for (const id of ids) data = data.split(id).join('<case>');
  return JSON.stringify({ codes: [...new Set(errorCodes(res))].sort(), data });
}

describe('authorisation matrix: every rule × every built-in role × own and other department', () => {
  let h: Harness;
  let world: World;
  let monitor: WriteMonitor;
  const schema = contractSchema();

  beforeAll(async () => {
    h = await startHarness({ TRUST_PROXY: '1' }, { monitorCommands: true });
    world = await buildWorld(h);
    monitor = WriteMonitor.of(h);
  });
  afterAll(async () => {
    monitor?.stop();
    await h?.close();
  });

  it('has a rule for every root field and no rule for a field that is gone', () => {
    // The contract's `schema {}` block names no subscription root: look the types up by name.
    for (const root of ['Query', 'Mutation', 'Subscription']) {
      const type = schema.getType(root) as { getFields(): Record<string, unknown> };
      for (const name of Object.keys(type.getFields()))
        expect(FIELD_ACCESS).toHaveProperty([`${root}.${name}`]);
    }
    for (const key of Object.keys(FIELD_ACCESS)) {
      const [type, name] = key.split('.') as [string, string];
      const fields = (schema.getType(type) as { getFields?: () => Record<string, unknown> }).getFields?.();
      expect(fields?.[name], `${key} names no field of the schema`).toBeDefined();
    }
  });

  it('leaks nothing: refusals without data, nothing of another department', async () => {
    const rules = Object.entries(FIELD_ACCESS).filter(([k]) => /^(Query|Mutation)\./.test(k));
    const leaks: string[] = [];
    const hygiene: string[] = [];
    let calls = 0;
    let refusalsChecked = 0;
    let crossDepartmentChecked = 0;
    /** Allowed calls that got data: the matrix is not refusing everything for a wrong argument. */
    const answeredAllowed = new Set<string>();
    const outsiderMarkers = world.other.markers.filter(
      (m) => m !== world.other.complaint.id && m !== world.other.negotiation.id,
    );
    const otherIds = [world.other.complaint.id, world.other.negotiation.id];
    const ghostIds = [GHOST.complaint.id, GHOST.negotiation.id];
    const call = async (
      rootType: string,
      field: string,
      role: Role,
      variant: Variant,
    ): Promise<{ res: RawResponse; lasting: string[]; variables: Record<string, unknown> }> => {
      const def = (rootType === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[
        field
      ]!;
      const variables = argsFor(rootType, field, def.args, world, variant);
      const vars = def.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const passed = def.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = selectionFor(schema, def.type);
      const query = `${rootType === 'Query' ? 'query' : 'mutation'} Matrix${vars ? `(${vars})` : ''} {
        ${field}${passed ? `(${passed})` : ''}${selection} }`;
      const credential = role.key === 'anonymous' ? null : world.roles[role.key]!;
      const headers = { 'x-forwarded-for': `198.51.100.${(calls % 250) + 1}` };
      const { result: res, writes } = await monitor.during(() =>
        post(h.server.url, { query, variables }, credential, headers),
      );
      calls++;
      // Writes of refused calls, and of any call about another department (which must change nothing).
      const refused = !res.body?.data?.[field] && (res.body?.errors?.length ?? 0) > 0;
      const lasting = refused || variant !== 'own' ? await lastingWrites(h, writes) : [];
      for (const p of hygieneProblems(res))
        hygiene.push(`${rootType}.${field} as ${role.key} (${variant}): ${p}`);
      return { res, lasting, variables };
    };

    for (const [key, access] of rules) {
      const [rootType, field] = key.split('.') as [string, string];
      for (const role of ROLES) {
        for (const variant of ['own', 'other'] as const) {
          const where = `${key} as ${role.key} (${variant} department)`;
          const { res, lasting, variables } = await call(rootType, field, role, variant);
          const data = res.body?.data?.[field];
          const answered = data !== null && data !== undefined;
          const reasons: string[] = [];
          if (answered && allowed(role, access)) answeredAllowed.add(`${key} as ${role.key} (${variant})`);
          if (!allowed(role, access)) {
            refusalsChecked++;
            const expected = role.key === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
            if (!errorCodes(res).includes(expected) || answered) reasons.push(`not refused with ${expected}`);
            if (lasting.length > 0) reasons.push(`refused but wrote ${lasting.join(', ')}`);
          } else if (access !== 'public' && !role.permissions.includes('case.all-departments')) {
            const shown = outsiderMarkers.filter((m) => res.text.includes(m));
            if (shown.length > 0) reasons.push(`shows another department's ${shown.join(', ')}`);
            const sent = JSON.stringify(variables);
            const own = JSON.stringify(argsFor(rootType, field, defArgs(rootType, field), world, 'own'));
            if (variant === 'other' && sent !== own) {
              crossDepartmentChecked++;
              if (lasting.length > 0) reasons.push(`wrote ${lasting.join(', ')}`);
              if (otherIds.some((id) => sent.includes(id))) {
                // Another department's case must look exactly like a case that does not exist.
                const ghost = await call(rootType, field, role, 'ghost');
                const mine = learned(res, field, otherIds);
                const nothing = learned(ghost.res, field, ghostIds);
                if (mine !== nothing) reasons.push(`answers ${mine}, but for no case ${nothing}`);
              } else if (answered) reasons.push('answered for another department');
            }
          }
          if (reasons.length > 0) leaks.push(`${where}: ${reasons.join('; ')} — ${res.text.slice(0, 160)}`);
        }
      }
    }

    function defArgs(rootType: string, field: string) {
      return (rootType === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[field]!
        .args;
    }

    figure('authorisation rules (root queries and mutations)', rules.length);
    figure('authorisation roles (built-in + anonymous)', ROLES.length);
    figure('authorisation combinations (rules × roles × 2 departments)', rules.length * ROLES.length * 2);
    figure('authorisation calls made', calls);
    figure('authorisation refusals checked', refusalsChecked);
    figure('authorisation cross-department checks', crossDepartmentChecked);
    figure('authorisation allowed calls answered with data', answeredAllowed.size);
    figure('authorisation leaks', leaks.length);
    figure('authorisation hygiene problems', hygiene.length);
    for (const leak of leaks) console.log(`[leak] ${leak}`);
    for (const sample of [
      'Query.case as agent (own)',
      'Mutation.commentOnCase as agent (own)',
      'Query.cases as agent (own)',
    ])
      expect(answeredAllowed, sample).toContain(sample);
    expect(leaks).toEqual([]);
    expect(hygiene).toEqual([]);
  });
});
