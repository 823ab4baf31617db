/** Moving open cases to a newer flow version: the plan, the checks and the run. */
export { caseMigrationResolvers } from './case-migration.resolvers';
