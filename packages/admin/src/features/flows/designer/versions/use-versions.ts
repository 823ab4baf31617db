/**
 * The versions drawer's server calls for one template: the history, each version's definition (kept,
 * since a published version never changes), a comparison of two sides (the server diffs two published
 * versions; with the draft, the engine diffs in the browser), a version's open cases, roll back, and
 * the migration dry run and run. Every call returns an Outcome; nothing here touches the document.
 */
import { useClientHandle } from '@urql/vue';
import { diffDefinitions, type DefinitionChange, type FlowDefinition } from '@parley/engine';
import { toAppError, type Outcome } from '../../../../shared/lib/graphql-error';
import type {
  MigrateCasesMutation,
  PlanCaseMigrationQuery,
  VersionHistoryQuery,
  VersionOpenCasesQuery,
} from '../../../../generated/graphql';
import {
  migrateCasesMutation,
  planCaseMigrationQuery,
  rollbackFlowMutation,
  versionDefinitionQuery,
  versionDiffQuery,
  versionHistoryQuery,
  versionOpenCasesQuery,
} from './api/versions.documents';
import { fromServerChanges } from './lib/diff-rows';
import { bothPublished, type Pair } from './lib/compare-pair';

export type VersionItem = NonNullable<VersionHistoryQuery['flowTemplate']>['versions'][number];
export type OpenCases = NonNullable<VersionOpenCasesQuery['flowVersion']>['openCases'];
export type MigrationPlan = PlanCaseMigrationQuery['planCaseMigration'];
export type MigrationResult = MigrateCasesMutation['migrateCases'];
export type StepMappingEntry = { from: string; to: string };

export interface Comparison {
  readonly changes: readonly DefinitionChange[];
  readonly older: FlowDefinition;
  readonly newer: FlowDefinition;
}

const fail = (error: Parameters<typeof toAppError>[0]) => ({ ok: false as const, error: toAppError(error) });

export function useVersionsApi(templateKey: () => string, draft: () => FlowDefinition | null) {
  const { client } = useClientHandle();
  const definitions = new Map<string, FlowDefinition>();

  async function history(): Promise<Outcome<VersionItem[]>> {
    const r = await client
      .query(versionHistoryQuery, { key: templateKey() }, { requestPolicy: 'network-only' })
      .toPromise();
    const t = r.data?.flowTemplate;
    return r.error || !t ? fail(r.error) : { ok: true, value: t.versions };
  }

  async function definition(version: number): Promise<Outcome<FlowDefinition>> {
    const id = `${templateKey()}@${version}`;
    const known = definitions.get(id);
    if (known) return { ok: true, value: known };
    const r = await client.query(versionDefinitionQuery, { key: templateKey(), version }).toPromise();
    const v = r.data?.flowVersion;
    if (r.error || !v) return fail(r.error);
    const d = v.definition as FlowDefinition;
    definitions.set(id, d);
    return { ok: true, value: d };
  }

  async function side(s: Pair['from']): Promise<Outcome<FlowDefinition>> {
    if (s !== 'draft') return definition(s);
    const d = draft();
    return d ? { ok: true, value: d } : { ok: false, error: { kind: 'unknown' } };
  }

  async function compare(pair: Pair): Promise<Outcome<Comparison>> {
    const [older, newer] = await Promise.all([side(pair.from), side(pair.to)]);
    if (!older.ok) return older;
    if (!newer.ok) return newer;
    if (!bothPublished(pair))
      return {
        ok: true,
        value: {
          changes: diffDefinitions(older.value, newer.value).changes,
          older: older.value,
          newer: newer.value,
        },
      };
    const r = await client
      .query(
        versionDiffQuery,
        { key: templateKey(), from: pair.from, to: pair.to },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const d = r.data?.flowVersionDiff;
    if (r.error || !d) return fail(r.error);
    return {
      ok: true,
      value: { changes: fromServerChanges(d.changes), older: older.value, newer: newer.value },
    };
  }

  async function openCases(version: number): Promise<Outcome<OpenCases>> {
    const r = await client
      .query(versionOpenCasesQuery, { key: templateKey(), version }, { requestPolicy: 'network-only' })
      .toPromise();
    const v = r.data?.flowVersion;
    return r.error || !v ? fail(r.error) : { ok: true, value: v.openCases };
  }

  async function rollback(toVersion: number, releaseNotes: string): Promise<Outcome<number>> {
    const r = await client
      .mutation(rollbackFlowMutation, {
        key: templateKey(),
        toVersion,
        releaseNotes: releaseNotes.trim() || null,
      })
      .toPromise();
    const v = r.data?.rollbackFlowTemplate;
    return r.error || !v ? fail(r.error) : { ok: true, value: v.version };
  }

  async function plan(
    from: number,
    to: number,
    mapping: StepMappingEntry[],
  ): Promise<Outcome<MigrationPlan>> {
    const r = await client
      .query(
        planCaseMigrationQuery,
        { key: templateKey(), from, to, mapping },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const p = r.data?.planCaseMigration;
    return r.error || !p ? fail(r.error) : { ok: true, value: p };
  }

  async function migrate(
    from: number,
    to: number,
    mapping: StepMappingEntry[],
    caseIds: string[],
    idempotencyKey: string,
  ): Promise<Outcome<MigrationResult>> {
    const r = await client
      .mutation(migrateCasesMutation, { key: templateKey(), from, to, mapping, caseIds, idempotencyKey })
      .toPromise();
    const m = r.data?.migrateCases;
    return r.error || !m ? fail(r.error) : { ok: true, value: m };
  }

  return { history, definition, compare, openCases, rollback, plan, migrate };
}

export type VersionsApi = ReturnType<typeof useVersionsApi>;
