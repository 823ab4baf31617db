/**
 * Retiring a survey (`archiveSurvey`) and bringing it back (`restoreSurvey`). The archive is a record of
 * its own (`survey_archives`, see survey.model.ts): inserting it archives, deleting it restores, and the
 * unique `_id` decides two concurrent archives. Published versions are never touched, so flow versions that
 * pin the survey, and links already sent, keep working.
 */
import type { Models } from '../../db/models';
import { isDuplicateKeyError } from '../../errors/app-error';
import { actorName, type Viewer } from '../access';
import { archiveReasonInput, surveyAlreadyArchived, surveyNotArchived } from './survey.errors';
import type { SurveyDoc } from './survey.model';
import { SurveyReferences } from './survey-references';
import { recordSurveyChange, SurveyService } from './survey.service';

export class SurveyArchiveService {
  private readonly surveys: SurveyService;

  constructor(private readonly models: Models) {
    this.surveys = new SurveyService(models);
  }

  async archive(viewer: Viewer, key: string, rawReason: string): Promise<SurveyDoc> {
    const reason = archiveReasonInput(rawReason);
    await this.surveys.require(key);
    if (await this.surveys.isArchived(key)) throw surveyAlreadyArchived(key);
    const refs = await new SurveyReferences(this.models).of(key);
    const archivedAt = new Date();
    try {
      await this.models.SurveyArchive.create({ _id: key, archivedAt, archivedBy: actorName(viewer), reason });
    } catch (err) {
      if (isDuplicateKeyError(err)) throw surveyAlreadyArchived(key);
      throw err;
    }
    await recordSurveyChange(this.models, viewer, 'survey.archive', key, {
      reason,
      archivedAt: archivedAt.toISOString(),
      referencedByFlowVersions: refs.filter((r) => r.flowVersion !== null).length,
      referencedByFlowDrafts: refs.filter((r) => r.flowVersion === null).length,
    });
    return this.surveys.require(key);
  }

  async restore(viewer: Viewer, key: string): Promise<SurveyDoc> {
    await this.surveys.require(key);
    const record = await this.surveys.archiveOf(key);
    if (!record) throw surveyNotArchived(key);
    const removed = await this.models.SurveyArchive.deleteOne({ _id: key }).exec();
    // A concurrent restore removed it first: one of the two is refused, as for two archives.
    if (removed.deletedCount !== 1) throw surveyNotArchived(key);
    await recordSurveyChange(this.models, viewer, 'survey.restore', key, {
      archivedAt: record.archivedAt.toISOString(),
      archivedBy: record.archivedBy,
      reason: record.reason,
    });
    return this.surveys.require(key);
  }
}
