import path from 'node:path';
import { trustedProxies } from './auth/clientAddress';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; without it the embedded database is used */
  databaseUrl?: string;
  /** where the embedded database keeps its files */
  dataDir: string;
  /** the built SPA */
  staticDir: string;
  /** e.g. smtp://user:pass@mail.example:587; without it mail waits in the outbox */
  smtpUrl?: string;
  /** the sender of every mail */
  mailFrom: string;
  /** how often the outbox is delivered */
  mailIntervalMs: number;
  /** where staff and parents reach this desk: the base of the links in mail */
  publicUrl: string;
  /** PUBLIC_URL's origin when it is set: the only origin state changes are accepted from */
  publicOrigin?: string;
  /** proxies (addresses or CIDR ranges) whose X-Forwarded-For names the client; none by default */
  trustedProxies: string[];
  /** how the public pages name the store and where parents write to */
  store: StoreIdentity;
}

/** The store as a parent meets it on the public pages: its name, an address to write to, its privacy policy. */
export interface StoreIdentity {
  name: string;
  contactEmail: string;
  /** PRIVACY_POLICY_URL: the policy the consent notice and the public pages link to unless the privacy_policy_url setting names one; absent: no link */
  privacyPolicyUrl?: string;
}

/** STORE_NAME, STORE_CONTACT_EMAIL (default: MAIL_FROM's address, where replies to the notice go) and PRIVACY_POLICY_URL. */
export function readStoreIdentity(env: NodeJS.ProcessEnv, mailFrom: string): StoreIdentity {
  return {
    name: env.STORE_NAME || 'Our online store',
    contactEmail: env.STORE_CONTACT_EMAIL || (/<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom),
    privacyPolicyUrl: env.PRIVACY_POLICY_URL || undefined,
  };
}

const DEFAULT_MAIL_FROM = 'Privacy Desk <privacy@localhost>';

/** The store as named with nothing set: what an app created without `store` (the tests') shows and signs with. */
export const DEFAULT_STORE_IDENTITY: StoreIdentity = readStoreIdentity({}, DEFAULT_MAIL_FROM);

/** The store as this process's environment names it, for the work that runs without the app's options (a workflow step's mail). */
export const storeIdentityFromEnv = (env: NodeJS.ProcessEnv = process.env): StoreIdentity => readStoreIdentity(env, env.MAIL_FROM || DEFAULT_MAIL_FROM);

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not '${env.PORT}'`);
  const mailFrom = env.MAIL_FROM || DEFAULT_MAIL_FROM;
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? 'data/pglite'),
    staticDir: path.resolve(env.STATIC_DIR ?? 'dist'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom,
    mailIntervalMs: mailIntervalMs(env.MAIL_INTERVAL_MS),
    publicUrl: publicUrl(env.PUBLIC_URL, env.HOST ?? '127.0.0.1', port),
    publicOrigin: publicOrigin(env.PUBLIC_URL),
    trustedProxies: proxyList(env.TRUSTED_PROXIES),
    store: readStoreIdentity(env, mailFrom),
  };
}

// Without PUBLIC_URL the desk may be reached by several names (localhost, 127.0.0.1): each request's own origin is checked then.
function publicOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`PUBLIC_URL must be an address such as https://desk.example.com, not '${value}'`);
  }
}

function proxyList(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  trustedProxies(entries); // refuses a mistyped entry at start rather than trusting nobody silently
  return entries;
}

function mailIntervalMs(value: string | undefined): number {
  const ms = Number(value || 5000);
  if (!Number.isInteger(ms) || ms < 100) throw new Error(`MAIL_INTERVAL_MS must be a whole number of milliseconds (at least 100), not '${value}'`);
  return ms;
}

// Links in mail must work from outside: 0.0.0.0 is where the server listens, not an address to visit.
function publicUrl(value: string | undefined, host: string, port: number): string {
  return (value || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/+$/, '');
}
