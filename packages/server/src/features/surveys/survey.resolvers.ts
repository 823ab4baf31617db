import type { Resolvers } from '../../generated/resolvers-types';
import type { Models } from '../../db/models';
import { toGlobalId } from '../../graphql/global-id';
import type { DraftDoc, VersionDoc } from '../definitions';
import { definitionOf } from '../definitions';
import type { FormDefinition } from '@parley/engine';
import { userById } from '../flows';
import { diffSurveys } from './survey-diff';
import { SurveyArchiveService } from './survey-archive.service';
import { SurveyReferences } from './survey-references';
import { SurveyService } from './survey.service';
import type { SurveyArchiveRecord, SurveyDoc } from './survey.model';

/**
 * A survey's newest draft and version, read once per survey object per request however many of its
 * fields are asked for.
 */
const latest = new WeakMap<SurveyDoc, Promise<{ draft: DraftDoc | null; version: VersionDoc | null }>>();

function latestOf(models: Models, survey: SurveyDoc) {
  let found = latest.get(survey);
  if (!found) {
    const service = new SurveyService(models);
    found = Promise.all([service.latestDraft(survey.key), service.latestVersion(survey.key)]).then(
      ([draft, version]) => ({ draft, version }),
    );
    latest.set(survey, found);
  }
  return found;
}

/** A survey's archive record, read once per survey object per request. */
const archives = new WeakMap<SurveyDoc, Promise<SurveyArchiveRecord | null>>();

function archiveOf(models: Models, survey: SurveyDoc): Promise<SurveyArchiveRecord | null> {
  let found = archives.get(survey);
  if (!found) {
    found = new SurveyService(models).archiveOf(survey.key);
    archives.set(survey, found);
  }
  return found;
}

export const surveyResolvers: Resolvers = {
  Query: {
    surveys: (_root, args, { models }) =>
      new SurveyService(models).list(args.first, args.after, args.includeArchived),
    survey: (_root, args, { models }) => new SurveyService(models).byKey(args.key),
    surveyVersionDiff: async (_root, args, { models }) => {
      const surveys = new SurveyService(models);
      await surveys.require(args.key);
      const [older, newer] = await Promise.all([
        surveys.requireVersion(args.key, args.fromVersion, ['fromVersion']),
        surveys.requireVersion(args.key, args.toVersion, ['toVersion']),
      ]);
      const form = (v: VersionDoc) => definitionOf(v) as unknown as FormDefinition;
      return diffSurveys(form(older), form(newer));
    },
  },
  Mutation: {
    createSurvey: (_root, { input }, { models, viewer }) => new SurveyService(models).create(viewer, input),
    saveSurveyDraft: (_root, args, { models, viewer }) =>
      new SurveyService(models).saveDraft(viewer, args.key, args.baseRevision, args.definition),
    publishSurvey: (_root, args, { models, viewer }) =>
      new SurveyService(models).publish(viewer, args.key, args.baseRevision, args.releaseNotes),
    rollbackSurvey: (_root, args, { models, viewer }) =>
      new SurveyService(models).rollback(
        viewer,
        args.key,
        args.toVersion,
        args.baseRevision,
        args.releaseNotes,
      ),
    archiveSurvey: (_root, args, { models, viewer }) =>
      new SurveyArchiveService(models).archive(viewer, args.key, args.reason),
    restoreSurvey: (_root, args, { models, viewer }) =>
      new SurveyArchiveService(models).restore(viewer, args.key),
  },
  Survey: {
    id: (s) => toGlobalId('Survey', s.key),
    title: (s) => ({ zh: s.title.zh, en: s.title.en }),
    definition: async (s, _args, { models }) => {
      const { version } = await latestOf(models, s);
      return version ? definitionOf(version) : null;
    },
    version: async (s, _args, { models }) => (await latestOf(models, s)).version?.version ?? null,
    draftDefinition: async (s, _args, { models }) => {
      const { draft } = await latestOf(models, s);
      return draft ? definitionOf(draft) : null;
    },
    draftRevision: async (s, _args, { models }) => (await latestOf(models, s)).draft?.revision ?? 0,
    versions: (s, _args, { models }) => new SurveyService(models).versions(s.key),
    archived: async (s, _args, { models }) => (await archiveOf(models, s)) !== null,
    archivedAt: async (s, _args, { models }) => (await archiveOf(models, s))?.archivedAt ?? null,
    archivedByName: async (s, _args, { models }) => (await archiveOf(models, s))?.archivedBy ?? null,
    archiveReason: async (s, _args, { models }) => (await archiveOf(models, s))?.reason ?? null,
    referencedBy: (s, _args, { models }) => new SurveyReferences(models).of(s.key),
  },
  SurveyVersion: {
    publishedByName: (v) => v.publishedBy,
    publishedBy: (v, _args, { models }) => userById(models, v.publishedById),
    definition: (v) => definitionOf(v),
  },
};
