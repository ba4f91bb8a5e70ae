import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const apiPort = process.env.API_PORT ?? '3000';

const NODE_TESTS = ['src/domain/**/*.test.ts', 'server/**/*.test.ts', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'];
// Files that replace a module with vi.mock: they need a module graph of their own.
export const MODULE_MOCKING_TESTS = ['server/auth/passwords.test.ts', 'server/mail/outbox.test.ts', 'server/workflows/identityCode.test.ts'];
const NODE_TEST_OPTIONS = { env: { LOG_LEVEL: 'silent' }, testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  plugins: [react()],
  // the API, and the public pages the server renders (the SPA links to its breach notices)
  server: { proxy: { '/api': `http://127.0.0.1:${apiPort}`, '/breach-notices': `http://127.0.0.1:${apiPort}`, '/downloads': `http://127.0.0.1:${apiPort}`, '/privacy': `http://127.0.0.1:${apiPort}` } },
  build: { chunkSizeWarningLimit: 1500, manifest: true },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: NODE_TESTS,
          exclude: [...configDefaults.exclude, ...MODULE_MOCKING_TESTS],
          // API suites start servers and databases: one file at a time keeps two cores free enough.
          fileParallelism: false,
          // The files share one module graph instead of importing the server's (and PGlite's) anew each:
          // a third of the suite's time. A file that replaces a module (vi.mock) runs isolated, below.
          isolate: false,
          ...NODE_TEST_OPTIONS,
        },
      },
      {
        extends: true,
        test: {
          name: 'node-isolated',
          environment: 'node',
          include: MODULE_MOCKING_TESTS,
          fileParallelism: false,
          ...NODE_TEST_OPTIONS,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup.ts'],
          // One module graph for every file (react-admin and MUI imported once, not per file): half the
          // components' time. src/test/setup.ts resets what a file could leave behind.
          isolate: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
