/** Whether a case runs on a flow of kind COMPLAINT (its template's `kind`), read by the case's id. */
import type { Types } from 'mongoose';
import type { Models } from '../../db/models';

export async function isComplaintTemplate(models: Models, templateKey: string): Promise<boolean> {
  const template = await models.FlowTemplate.findOne({ key: templateKey }, { kind: 1 }).lean().exec();
  return template?.kind === 'COMPLAINT';
}

/**
 * For a case id, before the command runs. It throws nothing and tells nothing to the caller: the answer
 * is used only inside the command's decision, after the runtime has checked the viewer may see the case.
 */
export async function isComplaintCase(models: Models, caseId: Types.ObjectId): Promise<boolean> {
  const found = await models.Case.findById(caseId, { templateKey: 1 }).lean<{ templateKey: string }>().exec();
  return found ? isComplaintTemplate(models, found.templateKey) : false;
}
