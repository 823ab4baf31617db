/**
 * The server calls of a survey's versions: the history, a diff of two versions, publish with release
 * notes, roll back. Each returns an Outcome; the components decide what to show.
 */
import { useClientHandle } from '@urql/vue';
import { toAppError, type Outcome } from '../../../shared/lib/graphql-error';
import type { SurveyVersionsDiffQuery, SurveyVersionsHistoryQuery } from '../../../generated/graphql';
import {
  publishSurveyMutation,
  rollbackSurveyMutation,
  surveyVersionDiffQuery,
  surveyVersionsQuery,
} from './api/survey-versions.documents';

type History = NonNullable<SurveyVersionsHistoryQuery['survey']>;
export type SurveyVersionItem = History['versions'][number];
export interface SurveyHistory {
  readonly draftRevision: number;
  readonly versions: readonly SurveyVersionItem[];
}
export type SurveyDiffResult = SurveyVersionsDiffQuery['surveyVersionDiff'];

const fail = (error: Parameters<typeof toAppError>[0]) => ({ ok: false as const, error: toAppError(error) });

export function useSurveyVersionsApi(surveyKey: () => string) {
  const { client } = useClientHandle();

  async function history(): Promise<Outcome<SurveyHistory>> {
    const r = await client
      .query(surveyVersionsQuery, { key: surveyKey() }, { requestPolicy: 'network-only' })
      .toPromise();
    const s = r.data?.survey;
    return r.error || !s
      ? fail(r.error)
      : { ok: true, value: { draftRevision: s.draftRevision, versions: s.versions } };
  }

  async function diff(from: number, to: number): Promise<Outcome<SurveyDiffResult>> {
    const r = await client.query(surveyVersionDiffQuery, { key: surveyKey(), from, to }).toPromise();
    return r.error || !r.data ? fail(r.error) : { ok: true, value: r.data.surveyVersionDiff };
  }

  async function publish(baseRevision: number, releaseNotes: string): Promise<Outcome<number>> {
    const r = await client
      .mutation(publishSurveyMutation, { key: surveyKey(), baseRevision, releaseNotes })
      .toPromise();
    const version = r.data?.publishSurvey.version;
    return r.error || version == null ? fail(r.error) : { ok: true, value: version };
  }

  async function rollback(toVersion: number, baseRevision: number): Promise<Outcome<number>> {
    const r = await client
      .mutation(rollbackSurveyMutation, { key: surveyKey(), toVersion, baseRevision })
      .toPromise();
    const version = r.data?.rollbackSurvey.version;
    return r.error || version == null ? fail(r.error) : { ok: true, value: version };
  }

  return { history, diff, publish, rollback };
}
