/** @parley/server — what scripts, tests and benchmarks may use. */
export { loadConfig, type ServerConfig } from './config';
export { connectDatabase, type Database } from './db/connect';
export { startServer, type RunningServer } from './app';
export { createLogger } from './logger';
export { handleShutdownSignals, type ShutdownStep } from './shutdown';
export { seedDemoData } from './seed/demo-data';
export { prepareDatabase, demoUserLines, type PreparedDatabase } from './startup';
export { DEMO_USERS, ensureDemoUsers, type CreatedDemoUser } from './seed/demo-users';
export { publishSeedTemplates } from './seed/seed-flows';
export {
  repairCategoryTree,
  type RepairReport,
} from './features/complaint-categories/complaint-category.repair';
export * as regulatoryVocabulary from './features/complaint-categories/regulatory-vocabulary';
export { AppError } from './errors/app-error';
export { ensureAccessBasics, ADMIN_USERNAME } from './features/access/access.seed';
