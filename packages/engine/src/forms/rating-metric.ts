import type { RatingField, RatingMetric } from './form.types';

/** The scale each metric implies. */
export const RATING_METRIC_SCALES: Readonly<Record<RatingMetric, { min: number; max: number }>> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

/** A rating's scale: the metric's when it has one, else its own bounds (default 1–5). */
export function ratingScale(field: RatingField): { min: number; max: number } {
  const implied = field.metric ? RATING_METRIC_SCALES[field.metric] : undefined;
  return {
    min: field.rateMin ?? implied?.min ?? 1,
    max: field.rateMax ?? implied?.max ?? 5,
  };
}
