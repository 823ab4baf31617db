/**
 * Flows that send a published survey of the library (`{ surveyKey, pin }`, engine `SurveyRef`):
 * - at the flow's publication, every referenced survey must exist and be published; `pin: 'publish'`
 *   records the survey's newest version in the flow version (`version`), so the flow keeps sending it
 *   whatever is published later. A roll back keeps the versions its bundle recorded.
 * - when a case sends the survey (a `surveyRequested` outbox event), the reference is resolved to a
 *   survey version: the pinned one, or for `pin: 'latest'` the newest at that moment. The event records
 *   the key, version and content hash, so the receiver and an auditor know exactly which questions went.
 */
import {
  checkSurveyRefShape,
  isLibrarySurveyRef,
  type LibrarySurveyRef,
  type SurveyRef,
} from '@parley/engine';
import type { Models } from '../../db/models';
import type { VersionDoc } from '../definitions';
import { splitPath, type ReportedProblem } from '../definitions';
import type { JsonRecord } from '../definitions';
import { SurveyService } from './survey.service';

type Json = Record<string, unknown>;

/** Calls `visit` on every library reference of a definition with its path; returns the rewritten copy. */
async function mapRefs(
  definition: JsonRecord,
  visit: (ref: LibrarySurveyRef, path: string) => Promise<LibrarySurveyRef>,
): Promise<JsonRecord> {
  const one = async (value: unknown, path: string): Promise<unknown> =>
    isLibrarySurveyRef(value as SurveyRef) && checkSurveyRefShape(value).length === 0
      ? visit(value as LibrarySurveyRef, path)
      : value;
  const out: JsonRecord = { ...definition };
  if (Array.isArray(definition['steps'])) {
    out['steps'] = await Promise.all(
      (definition['steps'] as Json[]).map(async (step, i) =>
        step?.['kind'] === 'survey'
          ? { ...step, survey: await one(step['survey'], `steps[${i}].survey`) }
          : step,
      ),
    );
  }
  if (definition['survey'] !== undefined) out['survey'] = await one(definition['survey'], 'survey');
  const byOutcome = definition['surveyByOutcome'];
  if (typeof byOutcome === 'object' && byOutcome !== null) {
    const entries = await Promise.all(
      Object.entries(byOutcome as Json).map(
        async ([outcome, ref]) => [outcome, await one(ref, `surveyByOutcome.${outcome}`)] as const,
      ),
    );
    out['surveyByOutcome'] = Object.fromEntries(entries);
  }
  return out;
}

/** Every well-formed library reference of a definition, with its path (`steps[2].survey` …). */
export async function libraryRefsOf(
  definition: JsonRecord,
): Promise<{ ref: LibrarySurveyRef; path: string }[]> {
  const found: { ref: LibrarySurveyRef; path: string }[] = [];
  await mapRefs(definition, (ref, path) => {
    found.push({ ref, path });
    return Promise.resolve(ref);
  });
  return found;
}

function problem(
  path: string,
  zh: string,
  en: string,
  code: 'SURVEY_NOT_PUBLISHED' | 'SURVEY_ARCHIVED' = 'SURVEY_NOT_PUBLISHED',
): ReportedProblem {
  return { code, path: splitPath(path), message: { zh, en }, severity: 'error' };
}

export class SurveyRefs {
  private readonly surveys: SurveyService;

  constructor(models: Models) {
    this.surveys = new SurveyService(models);
  }

  /**
   * The definition as it is to be published, and the problems of its library references. `mode`
   * `'publish'` pins `pin: 'publish'` references to the survey's newest version; `'keep'` (a roll back)
   * keeps the version a reference records and only checks that it exists. An archived survey is refused
   * (`SURVEY_ARCHIVED`) on publication, not on a roll back: restoring a flow version that was published
   * with the survey keeps what was already in use.
   */
  async pinForPublication(
    definition: JsonRecord,
    mode: 'publish' | 'keep',
  ): Promise<{ definition: JsonRecord; problems: ReportedProblem[] }> {
    const problems: ReportedProblem[] = [];
    const pinned = await mapRefs(definition, async (ref, path) => {
      const latest = await this.surveys.latestVersion(ref.surveyKey);
      if (!latest) {
        const exists = (await this.surveys.byKey(ref.surveyKey)) !== null;
        problems.push(
          exists
            ? problem(
                path,
                `调查“${ref.surveyKey}”尚未发布，发布后才能在流程中使用。`,
                `The survey "${ref.surveyKey}" is not published yet; publish it before a flow uses it.`,
              )
            : problem(path, `调查“${ref.surveyKey}”不存在。`, `There is no survey "${ref.surveyKey}".`),
        );
        return ref;
      }
      if (mode === 'publish' && (await this.surveys.isArchived(ref.surveyKey))) {
        problems.push(
          problem(
            path,
            `调查“${ref.surveyKey}”已归档，不能在新发布的流程中使用；请选择其他调查，或先恢复该调查。`,
            `The survey "${ref.surveyKey}" is archived and cannot be used by a newly published flow; choose another survey or restore it first.`,
            'SURVEY_ARCHIVED',
          ),
        );
        return ref;
      }
      if (ref.pin === 'latest') {
        const { version: _unused, ...rest } = ref;
        return rest;
      }
      if (mode === 'keep' && ref.version !== undefined) {
        if (!(await this.surveys.store.version(ref.surveyKey, ref.version)))
          problems.push(
            problem(
              `${path}.version`,
              `调查“${ref.surveyKey}”没有第 ${ref.version} 版。`,
              `The survey "${ref.surveyKey}" has no version ${ref.version}.`,
            ),
          );
        return ref;
      }
      return { ...ref, version: latest.version };
    });
    return { definition: pinned, problems };
  }

  /** The survey version a reference sends now: the pinned one, or the newest; null if there is none. */
  resolve(ref: LibrarySurveyRef): Promise<VersionDoc | null> {
    return ref.pin === 'publish' && ref.version !== undefined
      ? this.surveys.store.version(ref.surveyKey, ref.version)
      : this.surveys.latestVersion(ref.surveyKey);
  }

  /**
   * Resolves the library references of `surveyRequested` outbox events in place (before the batch is
   * appended): `survey` becomes the survey's key, with `surveyVersion`, `pin` and `contentHash` beside it.
   * Events naming a form of the flow are left as they are.
   */
  async resolveRequests(events: { type: string; data: Record<string, unknown> }[]): Promise<void> {
    for (const event of events) {
      if (event.type !== 'surveyRequested') continue;
      const ref = event.data['survey'] as SurveyRef | undefined;
      if (!isLibrarySurveyRef(ref)) continue;
      const version = await this.resolve(ref);
      event.data = {
        ...event.data,
        survey: ref.surveyKey,
        surveyKey: ref.surveyKey,
        pin: ref.pin,
        surveyVersion: version?.version ?? null,
        contentHash: version?.contentHash ?? null,
      };
    }
  }
}
