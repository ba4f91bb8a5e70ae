import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../App';
import { createHandlers } from '../../mocks/handlers';
import type { Role } from '../domain/roles';
import { memoryStore } from 'react-admin';
import { createMockStore } from '../../mocks/mockStore';
import { mswServer } from './mswServer';

/**
 * Renders the whole admin at `path` (a hash route such as `/customers/1/show`) against the MSW twin of
 * the API holding `fixtures`, signed in as the demo account of `signedInAs` (or signed out). Returns the store, to check what the UI wrote, and a user to act with.
 */
export function renderApp(path: string, fixtures: Parameters<typeof createMockStore>[0] = {}, { signedInAs = 'admin' as Role | null } = {}) {
  const store = createMockStore(fixtures);
  const requests: Request[] = [];
  mswServer.use(...createHandlers(store, signedInAs));
  mswServer.events.on('request:start', ({ request }) => requests.push(request.clone()));
  window.location.hash = `#${path}`;
  const user = userEvent.setup({ delay: null });
  // A fresh react-admin store: list filters and sorting must not leak from one test to the next.
  render(<App store={memoryStore()} />);
  return { store, user, requests };
}
