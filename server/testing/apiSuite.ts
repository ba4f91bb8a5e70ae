import { afterAll, beforeAll, describe } from 'vitest';
import type { Database } from '../db/database';
import { createMailSender, type MailRunResult } from '../mail/sender';
import { seedDemoData } from '../seed/seedDatabase';
import type { DemoData } from '../seed/demoData';
import { mailOutcomes } from '../workflows/mailOutcomes';
import type { Role } from '../../src/domain/roles';
import { apiClient, type ApiClient } from './http';
import { startTestSmtpServer, type TestSmtpServer } from './smtpServer';
import { databaseKinds, freshDatabase, skipReason, startTestServer, type DatabaseKind, type TestServer } from './testServer';

export interface SuiteOptions {
  /** demo data of that many customers, seeded before the test accounts are added; `suite.demo` holds it */
  demo?: number;
  /** other writes to the fresh database before the test accounts are added */
  prepare?: (db: Database) => Promise<unknown>;
  /** a test SMTP server too, for `suite.smtp` and `suite.deliver` */
  smtp?: boolean;
  /** false: the database alone, without the HTTP server and its test accounts */
  http?: boolean;
}

/** What a suite's tests work with; the servers exist from the suite's first beforeAll to its afterAll. */
export interface ApiSuite {
  readonly kind: DatabaseKind;
  readonly db: Database;
  readonly server: TestServer;
  readonly smtp: TestSmtpServer;
  readonly demo: DemoData;
  /**
   * A client signed in as the test account of `role`. Asked for while the suite is declared, it signs
   * in before the first test (as a client made in beforeAll did); asked for in a test, at its first request.
   */
  as(role: Role): ApiClient;
  /** One run of the mail sender, with the server's outcomes, to the test SMTP server unless told another. */
  deliver(options?: { smtpUrl?: string; maxAttempts?: number }): Promise<MailRunResult>;
}

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not there: ask for it inside a hook or a test, and in the suite's options`);
  return value;
}

/**
 * A describe block for each database an API suite runs on (PostgreSQL skipped, and the reason in its
 * name, without TEST_DATABASE_URL), over a fresh database and server it closes afterwards.
 */
export function describeOnEachDatabase(title: string, body: (suite: ApiSuite) => void): void;
export function describeOnEachDatabase(title: string, options: SuiteOptions, body: (suite: ApiSuite) => void): void;
export function describeOnEachDatabase(title: string, ...args: [(suite: ApiSuite) => void] | [SuiteOptions, (suite: ApiSuite) => void]): void {
  const [options, body]: [SuiteOptions, (suite: ApiSuite) => void] = args.length === 1 ? [{}, args[0]] : args;
  for (const kind of databaseKinds) {
    const skip = skipReason(kind);
    describe.skipIf(skip)(`${title} on ${kind}${skip ? ` — ${skip}` : ''}`, () => {
      let server: TestServer | undefined;
      let db: Database | undefined;
      let drop: (() => Promise<void>) | undefined;
      let smtp: TestSmtpServer | undefined;
      let demo: DemoData | undefined;
      const clients = new Map<Role, ApiClient>();
      const signInFirst: Role[] = [];
      let declaring = true;

      const prepare = async (fresh: Database) => {
        if (options.demo !== undefined) demo = await fresh.transaction((tx) => seedDemoData(tx, options.demo));
        await options.prepare?.(fresh);
      };
      beforeAll(async () => {
        declaring = false;
        if (options.http === false) {
          ({ db, drop } = await freshDatabase(kind));
          await prepare(db);
        } else {
          server = await startTestServer(kind, prepare);
          db = server.db;
        }
        if (options.smtp) smtp = await startTestSmtpServer();
        for (const role of signInFirst) await suite.server.cookieFor(role);
      });
      afterAll(async () => {
        await smtp?.close();
        await (server ? server.close() : drop?.());
      });

      const suite: ApiSuite = {
        kind,
        get db() {
          return ready(db, 'the database');
        },
        get server() {
          return ready(server, 'the server');
        },
        get smtp() {
          return ready(smtp, 'the SMTP server');
        },
        get demo() {
          return ready(demo, 'the demo data');
        },
        as(role) {
          if (!clients.has(role)) {
            if (declaring) signInFirst.push(role);
            clients.set(role, apiClient(() => suite.server.url, async () => ({ cookie: await suite.server.cookieFor(role) })));
          }
          return clients.get(role)!;
        },
        deliver({ smtpUrl, maxAttempts } = {}) {
          const { db, url } = suite.server;
          return createMailSender({ db, smtpUrl: smtpUrl ?? suite.smtp.url, from: 'Privacy Desk <privacy@test>', maxAttempts, outcomes: mailOutcomes({ publicUrl: url }) }).runOnce();
        },
      };
      body(suite);
    });
  }
}
