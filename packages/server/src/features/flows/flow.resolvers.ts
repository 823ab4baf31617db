import type { Resolvers } from '../../generated/resolvers-types';
import type { Models } from '../../db/models';
import type { Types } from 'mongoose';
import { toGlobalId } from '../../graphql/global-id';
import type { UserDoc } from '../access';
import { checkFlowDefinitionWithHolders, hasErrors } from './flow-definition.checks';
import { diffFlows } from './diff/flow-diff';
import { FlowTemplateService } from './flow-template.service';
import { FlowTransferService } from './flow-transfer.service';
import {
  fieldTypeName,
  guardText,
  slaPolicyView,
  stepConfig,
  stepForm,
  stepKind,
  stepRequiredRole,
  stepViews,
  transitionViews,
} from './flow-view';
import { seedTemplates } from './seed-templates';
import { draftState } from './draft-state';
import { definitionOf as storedJson } from '../definitions';

const definitionOf = FlowTemplateService.definition;

/** The local id of a FlowVersion: `<template key>@<version>` (keys cannot contain `@`). */
export function flowVersionLocalId(key: string, version: number): string {
  return `${key}@${version}`;
}

export function userById(models: Models, id: Types.ObjectId | null): Promise<UserDoc | null> {
  return id ? models.User.findById(id).lean<UserDoc>().exec() : Promise.resolve(null);
}

export const flowResolvers: Resolvers = {
  Query: {
    flowTemplates: (_root, args, { models }) =>
      new FlowTemplateService(models).list(args.kind, args.first, args.after),
    flowTemplate: (_root, args, { models }) => new FlowTemplateService(models).byKey(args.key),
    flowVersion: (_root, args, { models }) =>
      new FlowTemplateService(models).version(args.templateKey, args.version),
    flowVersionDiff: async (_root, args, { models }) => {
      const flows = new FlowTemplateService(models);
      await flows.require(args.templateKey, ['templateKey']);
      const [older, newer] = await Promise.all([
        flows.requireVersion(args.templateKey, args.fromVersion, ['fromVersion']),
        flows.requireVersion(args.templateKey, args.toVersion, ['toVersion']),
      ]);
      return diffFlows(definitionOf(older), definitionOf(newer));
    },
    validateFlowDefinition: async (_root, args, { models }) => {
      const problems = await checkFlowDefinitionWithHolders(models, args.definition);
      return { valid: !hasErrors(problems), problems };
    },
    seedFlowTemplates: () =>
      seedTemplates().map((s) => ({
        key: s.key,
        name: s.name,
        kind: s.kind,
        source: s.source,
        description: s.definition.description ?? null,
        steps: stepViews(s.definition),
        transitions: transitionViews(s.definition),
      })),
    exportFlowTemplate: (_root, args, { models }) =>
      new FlowTransferService(models).export(args.key, args.version),
  },
  Mutation: {
    createFlowTemplate: (_root, { input }, { models, viewer }) =>
      new FlowTemplateService(models).create(viewer, input),
    saveFlowDraft: (_root, args, { models, viewer }) =>
      new FlowTemplateService(models).saveDraft(viewer, args.key, args.baseRevision, args.definition),
    publishFlowTemplate: (_root, args, { models, viewer }) =>
      new FlowTemplateService(models).publish(viewer, args.key, args.baseRevision, args.releaseNotes),
    rollbackFlowTemplate: (_root, args, { models, viewer }) =>
      new FlowTemplateService(models).rollback(viewer, args.key, args.toVersion, args.releaseNotes),
    archiveFlowTemplate: (_root, args, { models, viewer }) =>
      new FlowTemplateService(models).archive(viewer, args.key),
    importFlowTemplate: (_root, args, { models, viewer }) =>
      new FlowTransferService(models).import(viewer, args.document, args.key),
  },
  FlowTemplate: {
    id: (t) => toGlobalId('FlowTemplate', t.key),
    name: (t) => ({ zh: t.name.zh, en: t.name.en }),
    archived: (t, _args, { models }) => new FlowTemplateService(models).isArchived(t.key),
    draft: (t, _args, { models }) => new FlowTemplateService(models).store.latestDraft(t.key),
    versions: (t, _args, { models }) => new FlowTemplateService(models).store.versions(t.key),
    latestVersion: (t, _args, { models }) => new FlowTemplateService(models).store.latestVersion(t.key),
    version: (t, args, { models }) => new FlowTemplateService(models).store.version(t.key, args.version),
  },
  FlowDraft: {
    definition: (d) => definitionOf(d),
    updatedAt: (d) => d.savedAt,
    updatedBy: (d, _args, { models }) => userById(models, d.savedById),
    state: async (d, _args, { models }) =>
      draftState(storedJson(d), await new FlowTemplateService(models).store.latestVersion(d.key)),
  },
  FlowVersion: {
    id: (v) => toGlobalId('FlowVersion', flowVersionLocalId(v.key, v.version)),
    steps: (v) => stepViews(definitionOf(v)),
    transitions: (v) => transitionViews(definitionOf(v)),
    slaPolicy: (v) => slaPolicyView(definitionOf(v)),
    definition: (v) => definitionOf(v),
    publishedBy: (v, _args, { models }) => userById(models, v.publishedById),
  },
  Step: {
    key: (s) => s.step.key,
    kind: (s) => stepKind(s.step),
    name: (s) => s.step.name,
    requiredRole: (s) => stepRequiredRole(s.step),
    form: (s) => stepForm(s),
    config: (s) => stepConfig(s.step),
  },
  Transition: {
    from: (t) => t.transition.from,
    to: (t) => t.transition.to,
    guard: (t) => t.transition.guard ?? null,
    guardText: (t) => guardText(t),
  },
  FormDefinition: {
    fields: (f) => [...f.elements],
    definition: (f) => f,
  },
  FormField: {
    type: (f) => fieldTypeName(f.type),
    label: (f) => f.title,
    required: (f) => f.isRequired ?? false,
  },
};
