/**
 * Every model of the server, bound to one connection. Indexes are created at start with `Model.init()`
 * (autoIndex is off): mongoose's autoIndex swallows index errors, and Parley's correctness leans on its
 * unique indexes, so a failure here must stop the server.
 */
import type { Connection, Model } from 'mongoose';
import {
  complaintCategoryModel,
  type ComplaintCategoryModel,
} from '../features/complaint-categories/complaint-category.model';
import { accessModels, type AccessModels } from '../features/access/access.model';
import { configAuditModel, type ConfigAuditModel } from '../features/audit/config-audit.model';
import { flowModels, type FlowModels } from '../features/flows/flow-template.model';
import { surveyModels, type SurveyModels } from '../features/surveys/survey.model';
import { caseModels, type CaseModels } from '../features/cases/case.model';
import { schedulerModels, type SchedulerModels } from '../features/scheduler/timer.model';
import { webhookModels, type WebhookModels } from '../features/webhooks/webhook.model';
import { offerModels, type OfferModels } from '../features/offers/offer.model';
import {
  slaCalendarModels,
  type SlaCalendarModels,
} from '../features/cases/timers/calendar/sla-calendar.model';
import { assignmentModels, type AssignmentModels } from '../features/cases/assignment/case-assignment.model';
import { inboxModels, type InboxModels } from '../features/inbox/inbox-view.model';
import { insightModels, type InsightModels } from '../features/insight/insight.model';
import {
  surveyResponseModels,
  type SurveyResponseModels,
} from '../features/survey-responses/survey-response.model';

export interface Models
  extends
    AccessModels,
    FlowModels,
    SurveyModels,
    SchedulerModels,
    CaseModels,
    WebhookModels,
    OfferModels,
    SlaCalendarModels,
    AssignmentModels,
    InboxModels,
    InsightModels,
    SurveyResponseModels {
  ComplaintCategory: ComplaintCategoryModel;
  ConfigAudit: ConfigAuditModel;
}

export function createModels(conn: Connection): Models {
  return {
    ...accessModels(conn),
    ...flowModels(conn),
    ...surveyModels(conn),
    ...caseModels(conn),
    ...schedulerModels(conn),
    ...webhookModels(conn),
    ...offerModels(conn),
    ...slaCalendarModels(conn),
    ...assignmentModels(conn),
    ...inboxModels(conn),
    ...insightModels(conn),
    ...surveyResponseModels(conn),
    ComplaintCategory: complaintCategoryModel(conn),
    ConfigAudit: configAuditModel(conn),
  };
}

export async function initModels(models: Models): Promise<void> {
  for (const [name, model] of Object.entries(models) as [string, Model<unknown>][]) {
    try {
      await model.init();
      await model.createIndexes();
    } catch (err) {
      throw new Error(`Creating the indexes of ${name} failed: ${(err as Error).message}`, { cause: err });
    }
  }
}
