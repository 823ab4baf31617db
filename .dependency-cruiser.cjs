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
        'packages/engine is pure TypeScript: no database, HTTP, UI, file-system or process access. Clock, ids and effects come in through ports.',
      severity: 'error',
      from: { path: '^packages/engine/(src|templates)' },
      to: {
        path: [
          'node_modules/(mongoose|mongodb|express|@apollo|graphql|vue|pinia|element-plus|ws|pino|axios|node-fetch|undici)(/|$)',
          '^packages/(server|admin|embedded-db)/',
        ],
      },
    },
    {
      name: 'engine-no-node-builtins',
      comment: 'The engine must run in the browser too: no Node built-ins.',
      severity: 'error',
      from: { path: '^packages/engine/(src|templates)' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'admin-not-server',
      comment: 'The admin talks to the server only through typed GraphQL documents, never by importing it.',
      severity: 'error',
      from: { path: '^packages/admin/' },
      to: { path: ['^packages/(server|embedded-db)/', 'node_modules/(mongoose|mongodb|express|@apollo/server)(/|$)'] },
    },
    {
      name: 'server-no-vue',
      comment: 'The server knows no Vue.',
      severity: 'error',
      from: { path: '^packages/server/' },
      to: { path: ['^packages/admin/', 'node_modules/(vue|pinia|element-plus|@vue)(/|$)'] },
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
    exclude: { path: '(node_modules|/generated/|\\.data)' },
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
