import { describe, expect, it } from 'vitest';
import {
  documentKey,
  exportFileName,
  exportFileText,
  filterFlows,
  formFromSeed,
  lastChange,
  openCasesByVersion,
  parseImportText,
  totalOpenCases,
  type FlowRow,
} from './flow-list';

function row(patch: Partial<FlowRow> = {}): FlowRow {
  return {
    id: 'id',
    key: 'minsheng-e-negotiation',
    name: { zh: '民生电子协商', en: 'Minsheng e-negotiation' },
    kind: 'NEGOTIATION',
    archived: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
    latestVersion: null,
    versions: [],
    draft: null,
    ...patch,
  };
}

describe('filterFlows', () => {
  const rows = [
    row(),
    row({ key: 'complaint-basic', name: { zh: '投诉处理', en: 'Complaint handling' } }),
    row({ key: 'old-flow', name: { zh: '旧流程', en: 'Old flow' }, archived: true }),
  ];

  it('hides archived templates unless they are shown', () => {
    expect(filterFlows(rows, '', false).map((r) => r.key)).toEqual([
      'minsheng-e-negotiation',
      'complaint-basic',
    ]);
    expect(filterFlows(rows, '', true)).toHaveLength(3);
  });

  it('matches key, Chinese name and English name, ignoring case and surrounding space', () => {
    expect(filterFlows(rows, ' COMPLAINT ', false).map((r) => r.key)).toEqual(['complaint-basic']);
    expect(filterFlows(rows, '投诉', false).map((r) => r.key)).toEqual(['complaint-basic']);
    expect(filterFlows(rows, 'e-negotiation', false).map((r) => r.key)).toEqual(['minsheng-e-negotiation']);
    expect(filterFlows(rows, 'old', false)).toEqual([]);
    expect(filterFlows(rows, 'old', true).map((r) => r.key)).toEqual(['old-flow']);
  });
});

describe('lastChange', () => {
  it('takes the newer of the draft save and the publication', () => {
    const published = {
      version: 2,
      publishedAt: '2026-03-02T08:00:00.000Z',
      publishedBy: { displayName: '王发布' },
    };
    const draft = {
      revision: 5,
      state: 'UNPUBLISHED' as const,
      updatedAt: '2026-03-03T08:00:00.000Z',
      updatedBy: { displayName: '李设计' },
    };
    expect(lastChange(row({ latestVersion: published, draft }))).toEqual({
      at: draft.updatedAt,
      by: '李设计',
    });
    expect(
      lastChange(
        row({ latestVersion: published, draft: { ...draft, updatedAt: '2026-03-01T00:00:00.000Z' } }),
      ),
    ).toEqual({ at: published.publishedAt, by: '王发布' });
  });

  it("falls back to the template's own stamp without draft or version", () => {
    expect(lastChange(row())).toEqual({ at: '2026-01-01T00:00:00.000Z', by: null });
  });
});

describe('open cases per version', () => {
  it('lists versions with open cases, newest first, and totals them', () => {
    const r = row({
      versions: [
        { version: 1, openCaseCount: 4 },
        { version: 2, openCaseCount: 0 },
        { version: 3, openCaseCount: 7 },
      ],
    });
    expect(openCasesByVersion(r)).toEqual([
      { version: 3, count: 7 },
      { version: 1, count: 4 },
    ]);
    expect(totalOpenCases(r)).toBe(11);
  });
});

describe('export and import files', () => {
  it('names and formats the export, and reads it back', () => {
    const document = { schemaVersion: 1, key: 'k-1', kind: 'SERVICE' };
    expect(exportFileName('k-1')).toBe('k-1.flow.json');
    const parsed = parseImportText(exportFileText(document));
    expect(parsed).toEqual({ ok: true, document });
    expect(parsed.ok && documentKey(parsed.document)).toBe('k-1');
  });

  it('refuses empty text, broken JSON and non-objects without calling the server', () => {
    expect(parseImportText('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseImportText('{"key":')).toEqual({ ok: false, reason: 'syntax' });
    expect(parseImportText('[1]')).toEqual({ ok: false, reason: 'notObject' });
    expect(parseImportText('"text"')).toEqual({ ok: false, reason: 'notObject' });
    expect(documentKey({ key: 3 })).toBeNull();
  });
});

describe('formFromSeed', () => {
  it("copies the seed's names and kind and proposes a key of at most 60 characters", () => {
    const form = formFromSeed({
      key: 'complaint-standard',
      name: { zh: '投诉', en: 'Complaint' },
      kind: 'COMPLAINT',
    });
    expect(form).toEqual({
      key: 'complaint-standard-copy',
      nameZh: '投诉',
      nameEn: 'Complaint',
      kind: 'COMPLAINT',
      fromSeed: 'complaint-standard',
    });
    expect(formFromSeed({ key: 'x'.repeat(60), name: { zh: 'a', en: 'a' }, kind: 'LOAN' }).key).toHaveLength(
      60,
    );
  });
});
