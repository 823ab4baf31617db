/**
 * The flow designer's document store: the one place the draft definition changes.
 *
 * - `apply(label, edit, coalesce?)` runs a pure edit (lib/document-edits.ts) on the document and records
 *   it in the history, so undo/redo is exact for every change, whoever made it (canvas, panels,
 *   shortcuts). Nothing else writes `doc`.
 * - The engine validates the document in the browser on every change (`problems`), with the same code
 *   the server runs; after each save the server's own findings (e.g. a role nobody holds) join them.
 * - The draft autosaves `AUTOSAVE_MS` after the last change. A save based on a stale revision gets
 *   `CONFLICT` and stops autosaving until the user reloads or saves a copy.
 */
import { computed, ref, shallowRef, watch } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { defaultRegistry, validateDefinition, type FlowDefinition } from '@parley/engine';
import { STORE_IDS } from '../../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../../shared/lib/graphql-error';
import type { FlowDraftState, FlowKind } from '../../../generated/graphql';
import { createFlowTemplateMutation } from '../api/flows.documents';
import {
  designerTemplateQuery,
  publishFlowDraftMutation,
  saveFlowDraftMutation,
  serverValidationQuery,
} from './api/designer.documents';
import {
  createHistory,
  record,
  redo as redoIn,
  undo as undoIn,
  undoLabel,
  redoLabel,
  type History,
} from './lib/history';
import { pathText, problemTarget, type DesignerProblem, type ProblemTarget } from './lib/problem-targets';

/** Quiet time after the last change before the draft saves itself. */
export const AUTOSAVE_MS = 1500;

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

export interface Selection {
  readonly steps: readonly string[];
  readonly transitions: readonly string[];
}

const NOTHING: Selection = { steps: [], transitions: [] };

export const useDesignerStore = defineStore(STORE_IDS.flowDesigner, () => {
  const { client } = useClientHandle();

  const templateKey = ref('');
  const name = shallowRef<{ zh: string; en: string }>({ zh: '', en: '' });
  const kind = ref<FlowKind | null>(null);
  const latestVersion = ref<number | null>(null);
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);

  const history = shallowRef<History<FlowDefinition> | null>(null);
  /** The document as the server has it (the last load or save). */
  const saved = shallowRef<FlowDefinition | null>(null);
  const revision = ref(0);
  const draftState = ref<FlowDraftState | null>(null);
  const saveStatus = ref<SaveStatus>('idle');
  const saveError = shallowRef<AppError | null>(null);
  const lastSavedAt = ref<string | null>(null);
  const serverProblems = shallowRef<DesignerProblem[]>([]);
  const selection = shallowRef<Selection>(NOTHING);
  /**
   * The latest request to show something (a problem's spot): the canvas centres the step, the panels
   * open the section or field. `seq` grows with every request, so the same target can be asked twice.
   */
  const revealRequest = shallowRef<{ seq: number; target: ProblemTarget } | null>(null);

  const doc = computed(() => history.value?.present ?? null);
  const dirty = computed(() => doc.value !== null && doc.value !== saved.value);
  const canUndo = computed(() => (history.value?.past.length ?? 0) > 0);
  const canRedo = computed(() => (history.value?.future.length ?? 0) > 0);
  const nextUndo = computed(() => (history.value ? undoLabel(history.value) : null));
  const nextRedo = computed(() => (history.value ? redoLabel(history.value) : null));

  /** The engine's problems with the current document, in the browser, on every change. */
  const engineProblems = computed<DesignerProblem[]>(() => {
    const d = doc.value;
    if (!d) return [];
    let found;
    try {
      found = validateDefinition(d, { registry: defaultRegistry }).problems;
    } catch {
      // A half-edited document the validator cannot read at all: say so instead of crashing the page.
      return [
        {
          code: 'DEFINITION_UNREADABLE',
          severity: 'error',
          message: {
            zh: '流程定义无法读取，请撤销上一步修改。',
            en: 'The definition cannot be read: undo the last change.',
          },
          path: '',
          target: { kind: 'settings', section: 'flow' },
        },
      ];
    }
    return found.map((p) => ({
      code: p.code,
      severity: p.severity,
      message: p.message,
      path: pathText(p.path),
      target: problemTarget(d, p.path),
    }));
  });

  /** Every problem: the engine's, then the server's findings the engine cannot make. */
  const problems = computed<DesignerProblem[]>(() => {
    const seen = new Set(engineProblems.value.map((p) => `${p.code}@${p.path}`));
    return [...engineProblems.value, ...serverProblems.value.filter((p) => !seen.has(`${p.code}@${p.path}`))];
  });
  const errors = computed(() => problems.value.filter((p) => p.severity === 'error'));
  /** Why publishing is not possible now; empty when it is. */
  const publishBlockers = computed(() => {
    const reasons: ('invalid' | 'unsaved' | 'conflict' | 'clean')[] = [];
    if (errors.value.length > 0) reasons.push('invalid');
    if (saveStatus.value === 'conflict') reasons.push('conflict');
    else if (dirty.value || saveStatus.value === 'saving') reasons.push('unsaved');
    else if (draftState.value === 'CLEAN') reasons.push('clean');
    return reasons;
  });

  async function load(key: string): Promise<Outcome<true>> {
    loading.value = true;
    loadError.value = null;
    try {
      const result = await client
        .query(designerTemplateQuery, { key }, { requestPolicy: 'network-only' })
        .toPromise();
      const t = result.data?.flowTemplate;
      if (result.error || !t || !t.draft) {
        const error: AppError = result.error
          ? toAppError(result.error)
          : { kind: 'server', code: 'NOT_FOUND', messages: null, fieldPath: null, problems: [] };
        loadError.value = error;
        return { ok: false, error };
      }
      templateKey.value = t.key;
      name.value = { zh: t.name.zh, en: t.name.en };
      kind.value = t.kind;
      latestVersion.value = t.latestVersion?.version ?? null;
      const definition = t.draft.definition as FlowDefinition;
      history.value = createHistory(definition);
      saved.value = definition;
      revision.value = t.draft.revision;
      draftState.value = t.draft.state;
      lastSavedAt.value = t.draft.updatedAt as string;
      saveStatus.value = 'idle';
      saveError.value = null;
      selection.value = NOTHING;
      void checkOnServer(definition);
      return { ok: true, value: true };
    } finally {
      loading.value = false;
    }
  }

  /** Runs a pure edit on the document and records it (one undo step; see `coalesce` in lib/history). */
  function apply(label: string, edit: (d: FlowDefinition) => FlowDefinition, coalesce?: string): void {
    const h = history.value;
    if (!h) return;
    history.value = record(h, edit(h.present), label, coalesce);
    pruneSelection();
  }

  function undo(): void {
    if (history.value) history.value = undoIn(history.value);
    pruneSelection();
  }

  function redo(): void {
    if (history.value) history.value = redoIn(history.value);
    pruneSelection();
  }

  function select(next: Partial<Selection>): void {
    selection.value = { steps: next.steps ?? [], transitions: next.transitions ?? [] };
  }

  /** Selects what a target names and asks the canvas and panels to show it. */
  function reveal(target: ProblemTarget): void {
    if (target.kind === 'step') select({ steps: [target.stepKey] });
    else if (target.kind === 'transition') select({ transitions: [target.transitionKey] });
    else if (target.kind === 'form') {
      const user = doc.value?.steps.find((s) => 'form' in s && s.form === target.formKey);
      select(user ? { steps: [user.key] } : {});
    } else select({});
    revealRequest.value = { seq: (revealRequest.value?.seq ?? 0) + 1, target };
  }

  /** Drops selected keys that no longer exist (after a delete, an undo …). */
  function pruneSelection(): void {
    const d = doc.value;
    if (!d) return;
    const steps = selection.value.steps.filter((k) => d.steps.some((s) => s.key === k));
    const transitions = selection.value.transitions.filter((k) => d.transitions.some((t) => t.key === k));
    if (
      steps.length !== selection.value.steps.length ||
      transitions.length !== selection.value.transitions.length
    )
      selection.value = { steps, transitions };
  }

  let saving: Promise<Outcome<true>> | null = null;

  /** Saves the document now (waits for a save already under way, then saves what changed since). */
  async function save(): Promise<Outcome<true>> {
    while (saving) await saving;
    const d = doc.value;
    if (!d || d === saved.value) return { ok: true, value: true };
    if (saveStatus.value === 'conflict')
      return {
        ok: false,
        error: { kind: 'server', code: 'CONFLICT', messages: null, fieldPath: null, problems: [] },
      };
    saving = saveNow(d);
    try {
      return await saving;
    } finally {
      saving = null;
    }
  }

  async function saveNow(d: FlowDefinition): Promise<Outcome<true>> {
    saveStatus.value = 'saving';
    const result = await client
      .mutation(saveFlowDraftMutation, {
        key: templateKey.value,
        baseRevision: revision.value,
        definition: d,
      })
      .toPromise();
    const draft = result.data?.saveFlowDraft;
    if (result.error || !draft) {
      const error = toAppError(result.error);
      saveError.value = error;
      saveStatus.value = error.kind === 'server' && error.code === 'CONFLICT' ? 'conflict' : 'error';
      return { ok: false, error };
    }
    saved.value = d;
    revision.value = draft.revision;
    draftState.value = draft.state;
    lastSavedAt.value = draft.updatedAt as string;
    saveError.value = null;
    saveStatus.value = 'saved';
    void checkOnServer(d);
    return { ok: true, value: true };
  }

  /** The server's findings the browser cannot make (it knows the users); kept until the next save. */
  async function checkOnServer(d: FlowDefinition): Promise<void> {
    const result = await client
      .query(serverValidationQuery, { definition: d }, { requestPolicy: 'network-only' })
      .toPromise();
    const found = result.data?.validateFlowDefinition.problems;
    if (!found || doc.value === null) return;
    serverProblems.value = found.map((p) => ({
      code: p.code,
      severity: p.severity === 'error' ? 'error' : 'warning',
      message: p.message,
      path: pathText(p.path),
      target: problemTarget(d, p.path),
      fromServer: true,
    }));
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  watch(doc, (d) => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!d || d === saved.value || saveStatus.value === 'conflict') return;
    timer = setTimeout(() => {
      timer = null;
      void save();
    }, AUTOSAVE_MS);
  });

  async function publish(releaseNotes: string): Promise<Outcome<number>> {
    const flushed = await save();
    if (!flushed.ok) return flushed;
    const result = await client
      .mutation(publishFlowDraftMutation, {
        key: templateKey.value,
        baseRevision: revision.value,
        releaseNotes: releaseNotes.trim() || null,
      })
      .toPromise();
    const version = result.data?.publishFlowTemplate;
    if (result.error || !version) return { ok: false, error: toAppError(result.error) };
    latestVersion.value = version.version;
    draftState.value = 'CLEAN';
    return { ok: true, value: version.version };
  }

  /** After a conflict: drop the local changes and load what the server has. */
  function reloadFromServer(): Promise<Outcome<true>> {
    return load(templateKey.value);
  }

  /** After a conflict: keep the local changes as a new template under `key`. */
  async function saveAsCopy(key: string, copyName: { zh: string; en: string }): Promise<Outcome<string>> {
    const d = doc.value;
    if (!d || !kind.value) return { ok: false, error: { kind: 'unknown' } };
    const result = await client
      .mutation(createFlowTemplateMutation, {
        input: { key, name: copyName, kind: kind.value, definition: { ...d, key, name: copyName } },
      })
      .toPromise();
    const created = result.data?.createFlowTemplate;
    if (result.error || !created) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: created.key };
  }

  return {
    templateKey,
    name,
    kind,
    latestVersion,
    loading,
    loadError,
    doc,
    saved,
    revision,
    draftState,
    saveStatus,
    saveError,
    lastSavedAt,
    dirty,
    canUndo,
    canRedo,
    nextUndo,
    nextRedo,
    problems,
    errors,
    publishBlockers,
    selection,
    revealRequest,
    load,
    reveal,
    apply,
    undo,
    redo,
    select,
    save,
    publish,
    reloadFromServer,
    saveAsCopy,
  };
});
