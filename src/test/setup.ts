import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { mswServer } from './mswServer';

// The whole admin renders in each test; on a busy 2-core machine the first paint of a screen (its
// modules transformed on first use) can take several seconds.
configure({ asyncUtilTimeout: 15_000 });

beforeAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mswServer.resetHandlers();
  window.location.hash = '';
});
afterAll(() => mswServer.close());
