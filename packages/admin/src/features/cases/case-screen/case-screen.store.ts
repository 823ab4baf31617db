/**
 * The case screen's commands and audited reads: reveal a customer field, attach and read files, link
 * cases, read and verify the signed agreement, and the department names. Every read of personal data
 * or a file goes to the network (the server records it); each command returns an {@link Outcome}.
 * The case itself is loaded by `useCasesStore().loadCase`.
 */
import { shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../../shared/lib/graphql-error';
import type { CustomerField, VerifyCaseAgreementQuery } from '../../../generated/graphql';
import {
  addAttachmentMutation,
  agreementPdfQuery,
  attachmentContentQuery,
  caseByReferenceQuery,
  departmentNamesQuery,
  linkCasesMutation,
  revealCustomerFieldMutation,
  verifyAgreementQuery,
} from './api/case-screen.documents';

export type AgreementCheck = VerifyCaseAgreementQuery['verifyAgreement'];
export interface FileContent {
  fileName: string;
  contentType: string;
  contentBase64: string;
}
export type DepartmentName = { code: string; name: { zh: string; en: string } };

const NETWORK = { requestPolicy: 'network-only' } as const;
const fail = (error: AppError) => ({ ok: false, error }) as const;

export const useCaseScreenStore = defineStore(STORE_IDS.caseScreen, () => {
  const { client } = useClientHandle();
  const departments = shallowRef<DepartmentName[] | null>(null);

  async function reveal(caseId: string, field: CustomerField): Promise<Outcome<string | null>> {
    const result = await client.mutation(revealCustomerFieldMutation, { caseId, field }).toPromise();
    if (!result.data) return fail(toAppError(result.error));
    return { ok: true, value: result.data.revealCustomerField ?? null };
  }

  async function addAttachment(
    caseId: string,
    file: { fileName: string; contentType: string; contentBase64: string },
  ): Promise<Outcome<string>> {
    const result = await client.mutation(addAttachmentMutation, { caseId, ...file }).toPromise();
    if (!result.data) return fail(toAppError(result.error));
    return { ok: true, value: result.data.addAttachment.fileName };
  }

  async function readAttachment(caseId: string, attachmentId: string): Promise<Outcome<FileContent>> {
    const result = await client.query(attachmentContentQuery, { caseId, attachmentId }, NETWORK).toPromise();
    const file = result.data?.case?.attachment;
    if (!file) return fail(toAppError(result.error));
    return { ok: true, value: file };
  }

  /** Links the case to the one with `reference`; `null` when there is no such case to see. */
  async function linkByReference(
    caseId: string,
    reference: string,
    reason: string,
  ): Promise<Outcome<boolean>> {
    const found = await client.query(caseByReferenceQuery, { reference }, NETWORK).toPromise();
    if (!found.data) return fail(toAppError(found.error));
    const related = found.data.caseByReference;
    if (!related) return { ok: true, value: false };
    const result = await client
      .mutation(linkCasesMutation, { caseId, relatedCaseId: related.id, reason })
      .toPromise();
    if (!result.data) return fail(toAppError(result.error));
    return { ok: true, value: true };
  }

  async function agreementPdf(caseId: string): Promise<Outcome<FileContent>> {
    const result = await client.query(agreementPdfQuery, { caseId }, NETWORK).toPromise();
    const c = result.data?.case;
    if (!c?.agreement) return fail(toAppError(result.error));
    return {
      ok: true,
      value: {
        fileName: `${c.reference}.pdf`,
        contentType: 'application/pdf',
        contentBase64: c.agreement.pdfBase64,
      },
    };
  }

  async function verifyAgreement(caseId: string): Promise<Outcome<AgreementCheck>> {
    const result = await client.query(verifyAgreementQuery, { caseId }, NETWORK).toPromise();
    if (!result.data) return fail(toAppError(result.error));
    return { ok: true, value: result.data.verifyAgreement };
  }

  /** Department names, read once per session (they rarely change). */
  async function loadDepartments(): Promise<void> {
    if (departments.value) return;
    const result = await client.query(departmentNamesQuery, {}).toPromise();
    if (result.data) departments.value = result.data.departments;
  }

  return {
    departments,
    reveal,
    addAttachment,
    readAttachment,
    linkByReference,
    agreementPdf,
    verifyAgreement,
    loadDepartments,
  };
});
