/**
 * GraphQL documents and small helpers shared by the flow-template integration tests.
 */
import { expect } from 'vitest';
import type { GqlResponse, Harness } from './harness';

export const CREATE = `mutation($input: CreateFlowTemplateInput!) {
  createFlowTemplate(input: $input) { id key kind archived name { zh en } draft { revision definition } latestVersion { version } }
}`;
export const SAVE = `mutation($key: String!, $base: Int!, $def: JSON!) {
  saveFlowDraft(key: $key, baseRevision: $base, definition: $def) { revision definition updatedAt updatedBy { username } }
}`;
export const PUBLISH = `mutation($key: String!, $base: Int!, $notes: String) {
  publishFlowTemplate(key: $key, baseRevision: $base, releaseNotes: $notes) {
    id version contentHash releaseNotes publishedAt publishedBy { username } definition
  }
}`;
export const ROLLBACK = `mutation($key: String!, $to: Int!, $notes: String) {
  rollbackFlowTemplate(key: $key, toVersion: $to, releaseNotes: $notes) { version contentHash releaseNotes definition }
}`;
export const ARCHIVE = `mutation($key: String!) { archiveFlowTemplate(key: $key) { key archived } }`;
export const TEMPLATE = `query($key: String!) {
  flowTemplate(key: $key) {
    key archived draft { revision definition } latestVersion { version } versions { version }
  }
}`;
export const EXPORT = `query($key: String!, $version: Int) { exportFlowTemplate(key: $key, version: $version) }`;
export const IMPORT = `mutation($doc: JSON!, $key: String) { importFlowTemplate(document: $doc, key: $key) { key kind name { zh en } draft { revision definition } } }`;
export const AUDIT = `query($key: String!) { configAuditLog(entityType: "FlowTemplate", entityKey: $key, first: 200) { edges { node { action actor details } } } }`;

export type Json = Record<string, unknown>;

export interface TemplateData {
  key: string;
  archived: boolean;
  draft: { revision: number; definition: Json } | null;
  latestVersion: { version: number } | null;
  versions: { version: number }[];
}

export interface VersionData {
  id: string;
  version: number;
  contentHash: string;
  releaseNotes: string | null;
  definition: Json;
}

export function errorOf<T>(res: GqlResponse<T>) {
  expect(res.errors, 'expected an error').toBeDefined();
  return res.errors![0]!;
}

export function ok<T>(res: GqlResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

export async function createTemplate(h: Harness, key: string, extra: Json = {}) {
  return ok(
    await h.gql<{ createFlowTemplate: { key: string; draft: { revision: number; definition: Json } } }>(
      CREATE,
      {
        input: { key, name: { zh: `模板 ${key}`, en: `Template ${key}` }, kind: 'SERVICE', ...extra },
      },
    ),
  ).createFlowTemplate;
}

export async function template(h: Harness, key: string): Promise<TemplateData> {
  return ok(await h.gql<{ flowTemplate: TemplateData }>(TEMPLATE, { key })).flowTemplate;
}

export async function counts(h: Harness) {
  const m = h.db.models;
  const [templates, drafts, versions, audit] = await Promise.all([
    m.FlowTemplate.countDocuments({}).exec(),
    m.FlowDraft.countDocuments({}).exec(),
    m.FlowVersion.countDocuments({}).exec(),
    m.ConfigAudit.countDocuments({}).exec(),
  ]);
  return { templates, drafts, versions, audit };
}

/** A valid definition: start (a decision) → a review by `agent` → end, plus whatever `patch` adds. */
export function reviewFlow(key: string, patch: Json = {}): Json {
  return {
    schemaVersion: 1,
    key,
    version: 1,
    name: { zh: '审核流程', en: 'Review flow' },
    roles: [{ key: 'agent', name: { zh: '客服人员', en: 'Agent' } }],
    forms: [
      {
        key: 'intake',
        title: { zh: '受理', en: 'Intake' },
        elements: [
          { type: 'text', name: 'summary', title: { zh: '摘要', en: 'Summary' }, isRequired: true },
          { type: 'money', name: 'amountFen', title: { zh: '金额', en: 'Amount' } },
        ],
      },
    ],
    start: 'intake',
    steps: [
      { kind: 'form', key: 'intake', name: { zh: '受理', en: 'Intake' }, form: 'intake' },
      { kind: 'review', key: 'check', name: { zh: '审核', en: 'Check' }, requiredRole: 'agent' },
      { kind: 'end', key: 'done', name: { zh: '办结', en: 'Done' }, outcome: 'resolved' },
      { kind: 'end', key: 'refused', name: { zh: '驳回', en: 'Refused' }, outcome: 'rejected' },
    ],
    transitions: [
      { key: 't1', from: 'intake', to: 'check' },
      {
        key: 't2',
        from: 'check',
        to: 'done',
        on: 'approved',
        guard: { '>=': [{ var: 'data.amountFen' }, 100] },
      },
      { key: 't2b', from: 'check', to: 'done', on: 'approved', isDefault: true },
      { key: 't3', from: 'check', to: 'refused', on: 'rejected' },
    ],
    ...patch,
  };
}
