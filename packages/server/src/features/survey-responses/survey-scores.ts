/**
 * What an answer measures, from the survey's form alone (pure): NPS, CSAT and CES from the FIRST rating
 * question of each `metric` that was answered, and the free-text answers (`text` / `textarea`) that
 * `surveyAnswers(filter: { search })` looks in.
 */
import type { FormDefinition, RatingMetric } from '@parley/engine';
import type { SurveyScores, SurveyTextAnswer } from './survey-response.model';

const METRICS: readonly RatingMetric[] = ['nps', 'csat', 'ces'];

/** `{ nps?, csat?, ces? }`: each from the first rating of that metric with a whole-number answer. */
export function surveyScores(form: FormDefinition, answers: Readonly<Record<string, unknown>>): SurveyScores {
  const scores: SurveyScores = {};
  for (const field of form.elements) {
    if (field.type !== 'rating' || !field.metric || !METRICS.includes(field.metric)) continue;
    if (scores[field.metric] !== undefined) continue;
    const value = answers[field.name];
    if (typeof value === 'number' && Number.isInteger(value)) scores[field.metric] = value;
  }
  return scores;
}

/** The non-blank text answers, in question order, with their questions' titles. */
export function surveyTexts(
  form: FormDefinition,
  answers: Readonly<Record<string, unknown>>,
): SurveyTextAnswer[] {
  const out: SurveyTextAnswer[] = [];
  for (const field of form.elements) {
    if (field.type !== 'text' && field.type !== 'textarea') continue;
    const value = answers[field.name];
    if (typeof value !== 'string' || value.trim() === '') continue;
    out.push({ name: field.name, title: { zh: field.title.zh, en: field.title.en }, text: value.trim() });
  }
  return out;
}

/** Normalised text to search in: NFKC (full-width → half-width), lower case, whitespace collapsed. */
export function normaliseSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The stored `searchText` of an answer's texts. */
export function searchTextOf(texts: readonly SurveyTextAnswer[]): string {
  return normaliseSearch(texts.map((t) => t.text).join('\n'));
}

/** A regular expression source matching `search` literally (its special characters escaped). */
export function literalPattern(search: string): string {
  return normaliseSearch(search).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
