/**
 * The dependency direction of Parley, checked in `pnpm test` (`pnpm depcheck`).
 * engine <- server; admin reaches the server only through schema.graphql and generated documents.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-is-pure',
      comment:
        'packages/engine is pure TypeScript: it may import itself and its pure dependencies only — no database, HTTP, UI, file-system or process access, no Node built-ins. Clock, ids and effects come in through ports.',
      severity: 'error',
      from: { path: '^packages/engine/(src|templates)' },
      to: {
        pathNot: ['^packages/engine/(src|templates)/', 'node_modules/(json-logic-engine|decimal\\.js)/'],
      },
    },
    {
      name: 'admin-not-server',
      comment: 'The admin talks to the server only through typed GraphQL documents, never by importing it.',
      severity: 'error',
      from: { path: '^packages/admin/' },
      to: {
        path: [
          '^packages/(server|embedded-db)/',
          'node_modules/(mongoose|mongodb|express|@apollo/server)(/|$)',
        ],
      },
    },
    {
      name: 'server-no-vue',
      comment: 'The server knows no Vue.',
      severity: 'error',
      from: { path: '^packages/server/', pathNot: '^packages/server/test/' },
      to: { path: ['^packages/admin/', 'node_modules/(vue|pinia|element-plus|@vue)(/|$)'] },
    },
    {
      name: 'server-tests-read-admin-documents-only',
      comment:
        "Server tests may read the admin's typed GraphQL documents (to hold them to the server's limits), nothing else of the admin.",
      severity: 'error',
      from: { path: '^packages/server/test/' },
      to: {
        path: ['^packages/admin/', 'node_modules/(vue|pinia|element-plus|@vue)(/|$)'],
        pathNot: [
          '^packages/admin/src/generated/',
          '^packages/admin/src/features/.+/api/[^/]+[.]documents[.]ts$',
        ],
      },
    },
    {
      name: 'feature-entry-points',
      comment:
        "A feature of the server is used by other features only through its index.ts (inside a feature, its sub-modules may import each other's files). Tests may import internals.",
      severity: 'error',
      from: { path: '^packages/server/src/features/([^/]+)/' },
      to: {
        path: '^packages/server/src/features/',
        pathNot: ['^packages/server/src/features/$1/', '^packages/server/src/features/[^/]+/index[.]ts$'],
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|/generated/|/dist/|\\.data)' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.vue', '.json'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
