import { describe, expect, it } from 'vitest';
import {
  archivedRef,
  choosePin,
  chooseSurvey,
  sourceOf,
  switchSource,
  unpublished,
  type LibrarySurvey,
} from './survey-ref-edits';

const library: LibrarySurvey[] = [
  { key: 'draft-only', title: { zh: '草稿', en: 'Draft' }, version: null },
  { key: 'csat', title: { zh: '满意度', en: 'CSAT' }, version: 3 },
  { key: 'nps', title: { zh: '推荐', en: 'NPS' }, version: 1 },
];

describe('survey reference edits', () => {
  it('tells a form key from a published survey', () => {
    expect(sourceOf('satisfaction')).toBe('form');
    expect(sourceOf(undefined)).toBe('form');
    expect(sourceOf({ surveyKey: 'csat', pin: 'latest' })).toBe('library');
  });

  it('switches to the first published survey pinned at publication, and back to the first form', () => {
    expect(switchSource('satisfaction', 'library', ['satisfaction'], library)).toEqual({
      surveyKey: 'csat',
      pin: 'publish',
    });
    expect(switchSource({ surveyKey: 'csat', pin: 'latest' }, 'form', ['a', 'b'], library)).toBe('a');
    expect(switchSource(undefined, 'library', [], [library[0]!])).toBeUndefined();
    const same = { surveyKey: 'nps', pin: 'latest' } as const;
    expect(switchSource(same, 'library', [], library)).toBe(same);
  });

  it('keeps the pin policy when another survey is chosen, and drops a version pinned for the old one', () => {
    expect(chooseSurvey({ surveyKey: 'csat', pin: 'latest' }, 'nps')).toEqual({
      surveyKey: 'nps',
      pin: 'latest',
    });
    expect(chooseSurvey({ surveyKey: 'csat', pin: 'publish', version: 3 }, 'nps')).toEqual({
      surveyKey: 'nps',
      pin: 'publish',
    });
    const pinned = { surveyKey: 'csat', pin: 'publish', version: 3 } as const;
    expect(chooseSurvey(pinned, 'csat')).toBe(pinned);
    expect(chooseSurvey('satisfaction', 'csat')).toEqual({ surveyKey: 'csat', pin: 'publish' });
  });

  it('changes the pin policy; latest records no version', () => {
    expect(choosePin({ surveyKey: 'csat', pin: 'publish', version: 3 }, 'latest')).toEqual({
      surveyKey: 'csat',
      pin: 'latest',
    });
    const same = { surveyKey: 'csat', pin: 'latest' } as const;
    expect(choosePin(same, 'latest')).toBe(same);
  });

  it('never switches to an archived survey; flags a reference to one', () => {
    const withArchived: LibrarySurvey[] = [
      { key: 'old', title: { zh: '旧', en: 'Old' }, version: 2, archived: true },
      ...library,
    ];
    expect(switchSource('satisfaction', 'library', [], withArchived)).toEqual({
      surveyKey: 'csat',
      pin: 'publish',
    });
    expect(archivedRef({ surveyKey: 'old', pin: 'publish', version: 2 }, withArchived)).toBe(true);
    expect(archivedRef({ surveyKey: 'csat', pin: 'publish' }, withArchived)).toBe(false);
    expect(archivedRef({ surveyKey: 'old', pin: 'publish' }, null)).toBe(false);
    expect(archivedRef('satisfaction', withArchived)).toBe(false);
  });

  it('flags a survey that is missing or not published, once the library is known', () => {
    expect(unpublished({ surveyKey: 'draft-only', pin: 'publish' }, library)).toBe(true);
    expect(unpublished({ surveyKey: 'gone', pin: 'latest' }, library)).toBe(true);
    expect(unpublished({ surveyKey: 'csat', pin: 'latest' }, library)).toBe(false);
    expect(unpublished({ surveyKey: 'gone', pin: 'latest' }, null)).toBe(false);
    expect(unpublished('satisfaction', library)).toBe(false);
  });
});
