import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import { canAccess, isRole, type Role } from '../domain/roles';
import { API_URL } from './dataProvider';

interface StaffIdentity extends UserIdentity {
  role: Role;
}

// The identity lives in memory only and is always read from the server (GET /api/auth/session): a
// role kept in the browser's storage could be edited by whoever holds the browser.
let current: Promise<StaffIdentity | null> | null = null;
let asking: Promise<StaffIdentity | null> | null = null;

async function fetchIdentity(): Promise<StaffIdentity | null> {
  // 200 whether or not anyone is signed in: a signed-out visit logs no failed request.
  const res = await fetch(`${API_URL}/auth/session`, { credentials: 'same-origin' });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new HttpError(body?.message ?? res.statusText, res.status);
  return isRole(body?.staff?.role) ? body.staff : null;
}

/** The signed-in member of staff; `refresh` asks the server again, once for all who ask at the same time. */
const identity = (refresh = false) => {
  if (refresh && !asking) current = null;
  if (!current) {
    asking = fetchIdentity().finally(() => (asking = null));
    current = asking.catch((err) => ((current = null), Promise.reject(err)));
  }
  return current;
};

async function post(path: string, body?: unknown) {
  const res = await fetch(`${API_URL}${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new HttpError(json.message ?? res.statusText, res.status, json);
  return json;
}

export const authProvider: AuthProvider = {
  async login({ username, password }) {
    current = Promise.resolve(await post('/auth/login', { username, password }));
  },
  async logout() {
    current = null;
    await post('/auth/logout').catch(() => undefined);
  },
  async checkAuth() {
    if (!(await identity(true))) throw new Error('Sign in to continue');
  },
  async checkError(error) {
    // 401: the session ended, sign in again. 403 is a refusal for this role, shown as an error.
    if (error?.status === 401) {
      current = null;
      throw new Error('Your session has ended. Sign in again.');
    }
  },
  async getIdentity() {
    const me = await identity();
    if (!me) throw new Error('Not signed in');
    return me;
  },
  async getPermissions() {
    return (await identity())?.role ?? null;
  },
  async canAccess({ action, resource }) {
    return canAccess((await identity())?.role, action, resource);
  },
};
