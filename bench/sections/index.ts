import type { BenchSection } from '../lib';
import { engineSection } from './engine';
import { definitionsSection } from './definitions';
import { casesSection } from './cases';
import { idLookupSection } from './idlookup';
import { designerSection } from './designer';

/** Every benchmark section, in the order `pnpm bench` runs them. */
export const sections: BenchSection[] = [
  engineSection,
  definitionsSection,
  casesSection,
  idLookupSection,
  designerSection,
];
