/**
 * The published surveys the picker offers, read once per client and shared by every picker of the
 * designer (a flow's settings show seven); `refresh` reads again (after a survey is published elsewhere).
 */
import { shallowRef, type ShallowRef } from 'vue';
import { useClientHandle } from '@urql/vue';
import type { Client } from '@urql/core';
import { readAllPages } from '../../../../../shared/lib/all-pages';
import { toAppError, type AppError } from '../../../../../shared/lib/graphql-error';
import { surveyLibraryQuery } from './api/survey-ref.documents';
import type { LibrarySurvey } from './lib/survey-ref-edits';

type Loaded = { surveys: LibrarySurvey[] } | { error: AppError };
const cache = new WeakMap<Client, Promise<Loaded>>();

function read(client: Client): Promise<Loaded> {
  return readAllPages<LibrarySurvey>(async (after) => {
    const r = await client
      .query(surveyLibraryQuery, { after }, { requestPolicy: 'network-only' })
      .toPromise();
    return r.error || !r.data ? toAppError(r.error) : r.data.surveys;
  }).then((result) => ('error' in result ? result : { surveys: result.nodes }));
}

export function useSurveyLibrary(): {
  surveys: ShallowRef<LibrarySurvey[] | null>;
  error: ShallowRef<AppError | null>;
  refresh: () => Promise<void>;
} {
  const { client } = useClientHandle();
  const surveys = shallowRef<LibrarySurvey[] | null>(null);
  const error = shallowRef<AppError | null>(null);

  async function load(fresh: boolean): Promise<void> {
    let pending = cache.get(client);
    if (!pending || fresh) {
      pending = read(client);
      cache.set(client, pending);
    }
    const result = await pending;
    if ('error' in result) {
      cache.delete(client);
      error.value = result.error;
      return;
    }
    error.value = null;
    surveys.value = result.surveys;
  }

  void load(false);
  return { surveys, error, refresh: () => load(true) };
}
