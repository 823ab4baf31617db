/**
 * The survey editor's draft: the survey as the engine's form, the revision it is based on, and the
 * commands Save, Publish and Discard.
 * - Save sends the whole draft with `baseRevision`. A refusal keeps the user's draft as it is; its
 *   problems are placed under their questions (`surveyProblems`).
 * - A stale revision (`CONFLICT`) is said in words and the draft is kept; the user either reloads the
 *   server's draft (dropping theirs, after a confirmation) or saves theirs over it (`overwrite`, based
 *   on the revision the server reported).
 */
import { computed, ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import type { CombinedError } from '@urql/core';
import type { FormDefinition, LocalizedText } from '@parley/engine';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import { sameJson } from '../rules';
import { publishSurveyMutation, saveSurveyDraftMutation, surveyQuery } from './api/surveys.documents';
import { surveyForm } from './lib/survey-questions';
import { surveyProblems, type SurveyProblems } from './lib/survey-problems';

export interface SurveyArchiveInfo {
  /** When (ISO date-time). */
  at: string;
  by: string;
  reason: string;
}

const NO_PROBLEMS: SurveyProblems = { byQuestion: new Map(), general: [] };

function extensionsOf(error: CombinedError | undefined): Record<string, unknown> | undefined {
  return error?.graphQLErrors[0]?.extensions;
}

/** The definition the server stores for a draft (its key is stamped by the server). */
function definitionOf(form: FormDefinition): Record<string, unknown> {
  return {
    key: form.key,
    title: form.title,
    ...(form.description ? { description: form.description } : {}),
    elements: form.elements,
  };
}

export const useSurveyEditorStore = defineStore(STORE_IDS.surveyEditor, () => {
  const { client } = useClientHandle();

  const key = ref('');
  const headerTitle = shallowRef<LocalizedText>({ zh: '', en: '' });
  const form = shallowRef<FormDefinition | null>(null);
  const saved = shallowRef<FormDefinition | null>(null);
  const revision = ref(0);
  const version = ref<number | null>(null);
  /** Set while the survey is archived (read-only here until it is restored). */
  const archive = shallowRef<SurveyArchiveInfo | null>(null);
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);
  const busy = ref(false);
  const problems = shallowRef<SurveyProblems>(NO_PROBLEMS);
  /** The revision the server has when a save was refused as stale; null when there is no conflict. */
  const conflictRevision = ref<number | null>(null);

  const dirty = computed(() => form.value !== null && !sameJson(form.value, saved.value));

  async function load(surveyKey: string): Promise<void> {
    loading.value = true;
    try {
      const result = await client
        .query(surveyQuery, { key: surveyKey }, { requestPolicy: 'network-only' })
        .toPromise();
      const survey = result.data?.survey;
      if (!survey) {
        loadError.value = result.data
          ? { kind: 'server', code: 'NOT_FOUND', messages: null, fieldPath: null, problems: [] }
          : toAppError(result.error);
        form.value = null;
        return;
      }
      key.value = survey.key;
      headerTitle.value = survey.title;
      const draft = surveyForm(survey.key, survey.title, survey.draftDefinition);
      form.value = draft;
      saved.value = draft;
      revision.value = survey.draftRevision;
      version.value = survey.version ?? null;
      archive.value = survey.archived
        ? {
            at: String(survey.archivedAt ?? ''),
            by: survey.archivedByName ?? '',
            reason: survey.archiveReason ?? '',
          }
        : null;
      problems.value = NO_PROBLEMS;
      conflictRevision.value = null;
      loadError.value = null;
    } finally {
      loading.value = false;
    }
  }

  function edit(next: FormDefinition): void {
    form.value = next;
  }

  async function saveBasedOn(base: number): Promise<Outcome<number>> {
    const draft = form.value;
    if (!draft) return { ok: false, error: { kind: 'unknown' } };
    busy.value = true;
    try {
      const result = await client
        .mutation(saveSurveyDraftMutation, {
          key: key.value,
          baseRevision: base,
          definition: definitionOf(draft),
        })
        .toPromise();
      const survey = result.data?.saveSurveyDraft;
      if (!survey) {
        const error = toAppError(result.error);
        const ext = extensionsOf(result.error);
        if (error.kind === 'server' && error.code === 'CONFLICT') {
          // The server puts an error's details beside its code (`extensions.currentRevision`).
          const current = ext?.['currentRevision'];
          conflictRevision.value = typeof current === 'number' ? current : base;
          problems.value = NO_PROBLEMS;
        } else {
          problems.value = surveyProblems(ext);
        }
        return { ok: false, error };
      }
      saved.value = draft;
      revision.value = survey.draftRevision;
      version.value = survey.version ?? null;
      problems.value = NO_PROBLEMS;
      conflictRevision.value = null;
      return { ok: true, value: survey.draftRevision };
    } finally {
      busy.value = false;
    }
  }

  /** Saves the draft on the revision it was loaded (or last saved) at. */
  const save = () => saveBasedOn(revision.value);

  /** After a conflict: saves the user's draft over the one someone else saved. */
  const overwrite = () => saveBasedOn(conflictRevision.value ?? revision.value);

  /** Publishes the saved draft (saving unsaved changes first). */
  /** Saves unsaved changes first, then publishes with the release notes (problems go under questions). */
  async function publish(releaseNotes?: string): Promise<Outcome<number>> {
    if (dirty.value) {
      const savedFirst = await save();
      if (!savedFirst.ok) return savedFirst;
    }
    busy.value = true;
    try {
      const result = await client
        .mutation(publishSurveyMutation, {
          key: key.value,
          baseRevision: revision.value,
          ...(releaseNotes ? { releaseNotes } : {}),
        })
        .toPromise();
      const survey = result.data?.publishSurvey;
      if (!survey) {
        problems.value = surveyProblems(extensionsOf(result.error));
        return { ok: false, error: toAppError(result.error) };
      }
      version.value = survey.version ?? null;
      revision.value = survey.draftRevision;
      problems.value = NO_PROBLEMS;
      return { ok: true, value: survey.version ?? 0 };
    } finally {
      busy.value = false;
    }
  }

  /** Drops the unsaved changes: back to the draft as last loaded or saved. */
  function discard(): void {
    form.value = saved.value;
    problems.value = NO_PROBLEMS;
  }

  return {
    key,
    headerTitle,
    form,
    revision,
    version,
    archive,
    loading,
    loadError,
    busy,
    problems,
    conflictRevision,
    dirty,
    load,
    edit,
    save,
    overwrite,
    publish,
    discard,
  };
});
