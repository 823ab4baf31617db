/**
 * The actions of a case's current steps: the flow definition and the viewer's roles they are worked out
 * from, what the agent has typed into each step (kept per case and step, so a reload after a conflict
 * keeps it), and the step commands. A command that succeeds refreshes the case screen
 * (`useCasesStore().loadCase`); one that meets a concurrent change (CONFLICT, STEP_NOT_ACTIVE) reloads
 * the case too and keeps the draft (the shared mechanism of lib/case-command.ts, which the offer
 * builder and the complaint clock use as well). Commands return an {@link Outcome}.
 */
import { reactive, ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import type { OperationResult } from '@urql/core';
import type { FlowDefinition, RoleHolderProfile } from '@parley/engine';
import { STORE_IDS } from '../../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../../shared/lib/graphql-error';
import { runCaseCommand, type CaseCommandOutcome } from '../lib/case-command';
import type { ContactCheckQuery, StepCommandFieldsFragment } from '../../../generated/graphql';
import { useCasesStore } from '../cases.store';
import {
  addStepAttachmentMutation,
  approveStepMutation,
  contactCheckQuery,
  logCommunicationMutation,
  recordContactConsentMutation,
  recordCustomerResponseMutation,
  rejectStepMutation,
  stepActionContextQuery,
  submitStepMutation,
} from './api/step-actions.documents';
import { IdempotencyKeys } from './lib/command-outcome';
import type { TimelineEvent } from './lib/step-actions';

export type ContactCheck = ContactCheckQuery['contactCheck'];

/** Everything typed into one step's panel. */
export interface StepDraft {
  data: Record<string, unknown>;
  comment: string;
  reason: string;
  channel: string;
  contact: string;
  answered: boolean;
  summary: string;
  customerComment: string;
}

export interface StepContext {
  caseId: string;
  status: string;
  activeSteps: readonly string[];
  definition: FlowDefinition;
  profile: RoleHolderProfile;
  events: readonly TimelineEvent[];
  followUps: readonly { stepKey: string; dueAt: string; done: boolean }[];
}

/** A stored file as a form's file field holds it (the engine's reference). */
export interface FileRef {
  id: string;
  name: string;
  sizeBytes: number;
  mime: string;
}

/** How a command ended, for the panel to say. */
export type CommandOutcome = CaseCommandOutcome<{ replayed: boolean }>;

const emptyDraft = (): StepDraft => ({
  data: {},
  comment: '',
  reason: '',
  channel: '',
  contact: '',
  answered: true,
  summary: '',
  customerComment: '',
});

const iso = (at: string | Date): string => (at instanceof Date ? at.toISOString() : at);

const newKey = (): string =>
  globalThis.crypto?.randomUUID?.() ??
  `k-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;

export const useStepActionsStore = defineStore(STORE_IDS.stepActions, () => {
  const { client } = useClientHandle();
  const cases = useCasesStore();

  const context = shallowRef<StepContext | null>(null);
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);
  const drafts = reactive(new Map<string, StepDraft>());
  /** The last command that met a concurrent change (its step may be gone after the reload). */
  const lastConflict = shallowRef<{ caseId: string; stepKey: string } | null>(null);
  const keys = new IdempotencyKeys(newKey);

  async function load(caseId: string): Promise<void> {
    loading.value = true;
    try {
      const result = await client
        .query(stepActionContextQuery, { id: caseId }, { requestPolicy: 'network-only' })
        .toPromise();
      const c = result.data?.case;
      if (!c) {
        loadError.value = result.data ? null : toAppError(result.error);
        if (context.value?.caseId === caseId) context.value = null;
        return;
      }
      loadError.value = null;
      context.value = {
        caseId: c.id,
        status: c.status,
        activeSteps: c.activeSteps,
        definition: c.flowVersion.definition as FlowDefinition,
        profile: {
          roles: result.data?.me?.roles.map((r) => r.key) ?? [],
          departments: result.data?.me?.departments.map((d) => d.code) ?? [],
        },
        events: c.events.edges.map((e) => ({ type: e.node.type, at: iso(e.node.at), data: e.node.data })),
        followUps: c.followUps.map((f) => ({ stepKey: f.stepKey, dueAt: iso(f.dueAt), done: f.done })),
      };
    } finally {
      loading.value = false;
    }
  }

  /** The draft of one step (created empty), kept until the step's command succeeds. */
  function draft(caseId: string, stepKey: string): StepDraft {
    const id = `${caseId}:${stepKey}`;
    let d = drafts.get(id);
    if (!d) {
      drafts.set(id, emptyDraft());
      d = drafts.get(id) as StepDraft;
    }
    return d;
  }

  async function refresh(caseId: string): Promise<void> {
    await Promise.all([cases.loadCase(caseId), load(caseId)]);
  }

  /** Runs one command with its idempotency key and deals with the answer (lib/case-command.ts). */
  function command(
    caseId: string,
    stepKey: string,
    action: string,
    send: (idempotencyKey: string) => Promise<OperationResult<Record<string, unknown>>>,
    clearsDraft = true,
  ): Promise<CommandOutcome> {
    return runCaseCommand<{ replayed: boolean }>({
      keys,
      action: `${caseId}:${stepKey}:${action}`,
      send,
      pick: (data) => {
        const payload = Object.values(data as Record<string, unknown>)[0] as
          StepCommandFieldsFragment | undefined;
        return payload ? { replayed: payload.replayed } : undefined;
      },
      refresh: () => refresh(caseId),
      onSuccess: () => {
        lastConflict.value = null;
        if (clearsDraft) drafts.delete(`${caseId}:${stepKey}`);
      },
      onConflict: () => (lastConflict.value = { caseId, stepKey }),
    });
  }

  const submitStep = (caseId: string, stepKey: string, data: Record<string, unknown>) =>
    command(caseId, stepKey, 'submit', (idempotencyKey) =>
      client.mutation(submitStepMutation, { caseId, stepKey, data, idempotencyKey }).toPromise(),
    );

  const approveStep = (
    caseId: string,
    stepKey: string,
    comment: string,
    data: Record<string, unknown> | null,
  ) =>
    command(caseId, stepKey, 'approve', (idempotencyKey) =>
      client
        .mutation(approveStepMutation, {
          caseId,
          stepKey,
          comment: comment.trim() || null,
          data,
          idempotencyKey,
        })
        .toPromise(),
    );

  const rejectStep = (
    caseId: string,
    stepKey: string,
    reason: string,
    data: Record<string, unknown> | null,
  ) =>
    command(caseId, stepKey, 'reject', (idempotencyKey) =>
      client
        .mutation(rejectStepMutation, { caseId, stepKey, reason: reason.trim(), data, idempotencyKey })
        .toPromise(),
    );

  const logCommunication = (
    caseId: string,
    stepKey: string,
    input: { channel: string; contact: string; answered: boolean; summary: string },
  ) =>
    command(caseId, stepKey, 'log', (idempotencyKey) =>
      client
        .mutation(logCommunicationMutation, {
          caseId,
          stepKey,
          channel: input.channel,
          contact: input.contact.trim(),
          answered: input.answered,
          summary: input.summary.trim(),
          idempotencyKey,
        })
        .toPromise(),
    );

  /** Consent is about the case, not the step: the call's draft stays. */
  const recordContactConsent = (
    caseId: string,
    stepKey: string,
    input: { grantedAt: string; expiresAt: string | null; evidence: string },
  ) =>
    command(
      caseId,
      stepKey,
      'consent',
      (idempotencyKey) =>
        client
          .mutation(recordContactConsentMutation, {
            caseId,
            grantedAt: input.grantedAt,
            expiresAt: input.expiresAt,
            evidence: input.evidence.trim(),
            idempotencyKey,
          })
          .toPromise(),
      false,
    );

  const recordCustomerResponse = (caseId: string, stepKey: string, accepted: boolean, comment: string) =>
    command(caseId, stepKey, accepted ? 'accept' : 'counter', (idempotencyKey) =>
      client
        .mutation(recordCustomerResponseMutation, {
          caseId,
          stepKey,
          accepted,
          comment: comment.trim() || null,
          idempotencyKey,
        })
        .toPromise(),
    );

  async function contactCheck(
    caseId: string,
    contact: string,
    channel: string,
  ): Promise<Outcome<ContactCheck>> {
    const result = await client
      .query(
        contactCheckQuery,
        { caseId, contact: contact.trim(), channel },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: result.data.contactCheck };
  }

  /** Stores a file on the case for a step's file field; the answer is the engine's file reference. */
  async function uploadFile(
    caseId: string,
    stepKey: string,
    file: { name: string; type: string; base64: string },
  ): Promise<Outcome<FileRef>> {
    const result = await client
      .mutation(addStepAttachmentMutation, {
        caseId,
        stepKey,
        fileName: file.name,
        contentType: file.type || 'application/octet-stream',
        contentBase64: file.base64,
        idempotencyKey: newKey(),
      })
      .toPromise();
    const a = result.data?.addAttachment;
    if (!a) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: { id: a.id, name: a.fileName, sizeBytes: a.size, mime: a.contentType } };
  }

  return {
    lastConflict,
    uploadFile,
    context,
    loading,
    loadError,
    load,
    draft,
    submitStep,
    approveStep,
    rejectStep,
    logCommunication,
    recordContactConsent,
    recordCustomerResponse,
    contactCheck,
  };
});
