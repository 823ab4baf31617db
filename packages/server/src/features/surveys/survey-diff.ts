/**
 * What changed between two survey versions, for the versions drawer: the engine's `diffForms` (questions
 * by name, the survey's own settings by property, each with its values before and after), in the
 * schema's shape. Compared as canonical JSON, so key order never counts.
 */
import { diffForms, type FormDefinition } from '@parley/engine';
import type { SurveyDiff } from '../../generated/resolvers-types';

export function diffSurveys(older: FormDefinition, newer: FormDefinition): SurveyDiff {
  const d = diffForms(older, newer);
  return {
    questionsAdded: [...d.questions.added],
    questionsRemoved: [...d.questions.removed],
    questionsChanged: [...d.questions.changed],
    changes: d.changes.map((c) => ({
      area: c.area === 'field' ? 'QUESTION' : 'SURVEY',
      key: c.key,
      kind: c.kind === 'added' ? 'ADDED' : c.kind === 'removed' ? 'REMOVED' : 'CHANGED',
      values: c.values.map((v) => ({ path: v.path, before: v.before ?? null, after: v.after ?? null })),
    })),
  };
}
