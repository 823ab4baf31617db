import type { BenchSection } from '../lib';

/** Every benchmark section, in the order `pnpm bench` runs them. */
export const sections: BenchSection[] = [];
