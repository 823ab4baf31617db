/** Every Pinia store id in one place: one store per domain, no accidental duplicates. */
export const STORE_IDS = {
  locale: 'locale',
  complaintCategories: 'complaint-categories',
} as const;
