/**
 * The admin SPA's build. Element Plus is imported on demand (only the components a template uses, with
 * their CSS). `/graphql` is proxied to the API in dev and preview, so the browser talks to one origin.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';
import vue from '@vitejs/plugin-vue';
import components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

/** Origin of the GraphQL server (without the `/graphql` path). */
const apiUrl = process.env['PARLEY_API_URL'] ?? 'http://127.0.0.1:4000';
const proxy: Record<string, ProxyOptions> = { '/graphql': { target: apiUrl, changeOrigin: true, ws: true } };

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/**
 * What the dev server may serve under `/@fs/`: the admin, the engine it imports, and the dependencies —
 * not the rest of the repository (`.data/` holds the database with the signing secrets, `packages/server`
 * the server's source). Vite's default would be the whole workspace.
 */
const fs = {
  strict: true,
  allow: [`${repoRoot}packages/admin`, `${repoRoot}packages/engine`, `${repoRoot}node_modules`],
  deny: ['.env', '.env.*', '*.{crt,pem,key,sqlite,sqlite-*}', '**/.git/**', '**/.data/**'],
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    vue(),
    // Types come from `element-plus/global` (tsconfig), so no generated components.d.ts is needed.
    components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  define: {
    // vue-i18n feature flags: Composition API only, no devtools in production bundles.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: { port: 5173, proxy, fs },
  preview: { port: 4173, proxy },
  build: { outDir: 'dist', sourcemap: 'hidden' },
});
