/** Every Pinia store id in one place: one store per domain, no accidental duplicates. */
export const STORE_IDS = {
  locale: 'locale',
  session: 'session',
  complaintCategories: 'complaint-categories',
  customerOffer: 'customer-offer',
  customerIntake: 'customer-intake',
  cases: 'cases',
  flows: 'flows',
  flowDesigner: 'flow-designer',
} as const;
