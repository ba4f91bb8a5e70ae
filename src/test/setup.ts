import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { mswServer } from './mswServer';
import { authProvider } from '../providers/authProvider';

// The whole admin renders in each test; on a busy 2-core machine the first paint of a screen (its
// modules transformed on first use) can take several seconds.
configure({ asyncUtilTimeout: 15_000 });

beforeAll(() => {
  mswServer.listen({ onUnhandledRequest: 'error' });
  // Test files share one module graph (vite.config.ts, isolate: false): each starts with nobody signed in
  // and an empty browser storage, whatever the file before it did.
  void authProvider.logout({});
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  mswServer.resetHandlers();
  window.location.hash = '';
});
afterAll(() => mswServer.close());
