import { setupServer } from 'msw/node';

/** The one MSW server of the component tests; each test installs handlers over its own store. */
export const mswServer = setupServer();
