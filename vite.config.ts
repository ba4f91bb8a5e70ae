import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const apiPort = process.env.API_PORT ?? '3000';

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
          include: ['src/domain/**/*.test.ts', 'server/**/*.test.ts', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
          // API suites start servers and databases: one file at a time keeps two cores free enough.
          fileParallelism: false,
          env: { LOG_LEVEL: 'silent' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
