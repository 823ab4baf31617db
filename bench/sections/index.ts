import type { BenchSection } from '../lib';
import { engineSection } from './engine';
import { definitionsSection } from './definitions';
import { casesSection } from './cases';
import { idLookupSection } from './idlookup';
import { dbIndexSection } from './db-index';
import { designerSection } from './designer';
import { workspaceSection } from './workspace';
import { surveysSection } from './surveys';
import { insightSection } from './insight';

/** Every benchmark section, in the order `pnpm bench` runs them. */
export const sections: BenchSection[] = [
  engineSection,
  definitionsSection,
  casesSection,
  idLookupSection,
  dbIndexSection,
  designerSection,
  workspaceSection,
  surveysSection,
  insightSection,
];
