import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// Tests are named by what they need (see CONTRIBUTING.md):
//   *.test.ts              no I/O (engine, pure libraries, components)
//   *.integration.test.ts  a real MongoDB-protocol database (the embedded FerretDB by default)
//   *.security.test.ts     the attack suite (docs/security.md): a real server and database, hostile clients
//   e2e/*.spec.ts          a real browser (Debian's Chromium through playwright-core)
// PARLEY_TEST_NOW=<ISO instant> starts every test file's wall clock at that instant (`pnpm test:time`).
const FIXED_NOW = 'test-support/fixed-now.setup.ts';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [vue()],
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'test-support/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['**/*.integration.test.ts', '**/*.security.test.ts', '**/node_modules/**'],
          environment: 'node',
          setupFiles: [FIXED_NOW],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.integration.test.ts', 'packages/*/test/**/*.integration.test.ts'],
          globalSetup: ['test-support/database.global-setup.ts'],
          setupFiles: [FIXED_NOW],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: true,
          maxWorkers: 2,
          // After the unit files when one run takes both (`pnpm test:time`): Vitest needs a group of its
          // own for a project with another maxWorkers.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'security',
          include: ['packages/server/test/security/**/*.security.test.ts'],
          globalSetup: ['test-support/database.global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          globalSetup: ['test-support/database.global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
