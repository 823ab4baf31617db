// The agreement-PDF render worker's entry point (render-queue.ts). Plain JavaScript so that a worker
// thread can start it whatever runs the server (tsx in production, Vitest in tests): it registers tsx
// in the worker, then loads the TypeScript worker next to it.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
