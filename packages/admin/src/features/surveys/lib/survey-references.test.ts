import { describe, expect, it } from 'vitest';
import { summariseReferences } from './survey-references';

const name = (k: string) => ({ zh: `流程 ${k}`, en: `Flow ${k}` });

describe('summariseReferences', () => {
  it('is empty for a survey nothing refers to', () => {
    expect(summariseReferences([])).toEqual({ versionCount: 0, draftCount: 0, flows: [] });
  });

  it('groups by flow: versions ascending and once each, the current draft as a flag', () => {
    const summary = summariseReferences([
      { flowKey: 'loan', flowName: name('loan'), flowVersion: 3 },
      { flowKey: 'card', flowName: name('card'), flowVersion: null },
      { flowKey: 'loan', flowName: name('loan'), flowVersion: 1 },
      // The same version naming the survey in two places (a step and an outcome).
      { flowKey: 'loan', flowName: name('loan'), flowVersion: 3 },
      { flowKey: 'loan', flowName: name('loan'), flowVersion: null },
    ]);
    expect(summary).toEqual({
      versionCount: 2,
      draftCount: 2,
      flows: [
        { flowKey: 'card', flowName: name('card'), versions: [], draft: true },
        { flowKey: 'loan', flowName: name('loan'), versions: [1, 3], draft: true },
      ],
    });
  });
});
