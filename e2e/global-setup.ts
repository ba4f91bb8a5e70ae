import { request, type FullConfig } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Where the demo admin's signed-in browser state is kept for the suites that act as admin. */
export const ADMIN_STATE = path.join('test-results', '.auth', 'admin.json');
export const DEMO_PASSWORD = 'privacy-desk-demo';

// Signs in once through the API; every test then starts with that session cookie.
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL!;
  const context = await request.newContext({ baseURL });
  const res = await context.post('/api/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } });
  if (res.status() !== 200) throw new Error(`demo admin could not sign in: ${res.status()} ${await res.text()}`);
  mkdirSync(path.dirname(ADMIN_STATE), { recursive: true });
  await context.storageState({ path: ADMIN_STATE });
  await context.dispose();
}
