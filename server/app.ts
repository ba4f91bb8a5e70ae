import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './db/database';
import { apiRoutes } from './routes/resources';
import { breachAffectedRoutes } from './routes/breachAffected';
import { breachMailingRoutes } from './routes/breachMailing';
import { customerRevealRoutes } from './routes/customerReveal';
import { staffAccountRoutes } from './routes/staffAccounts';
import { exportRoutes } from './routes/exports';
import { auditVerifyRoutes } from './routes/auditVerify';
import { workflowStepRoutes } from './routes/workflowSteps';
import { workflowDownloadRoutes } from './routes/workflowDownloads';
import { downloadLinkRoutes } from './routes/downloadLinks';
import { privacyPageRoutes } from './routes/privacyPage';
import { parentConsentRoutes } from './routes/parentConsent';
import { breachNoticeRoutes } from './routes/breachNotices';
import { breachMinistryRoutes } from './routes/breachMinistry';
import { settingsRoutes } from './routes/settings';
import { serviceKeyRoutes } from './routes/serviceKeys';
import { serviceApiRoutes } from './routes/serviceApi';
import { unsubscribeRoutes } from './routes/unsubscribe';
import { requireServiceKey } from './auth/serviceKeys';
import { SERVICE_API_PATH } from '../src/domain/serviceKeys';
import { ApiError, fromDatabaseError } from './apiError';
import { logger } from './logger';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from 'hono/body-limit';
import { requireStaff, type AppEnv } from './auth/requireStaff';
import { authRoutes, SESSION_COOKIE } from './routes/authRoutes';
import { mailStatusRoutes } from './routes/mailStatus';
import { assigneeRoutes } from './routes/assignees';
import { resolveClientAddress, trustedProxies } from './auth/clientAddress';
import type { StoreIdentity } from './config';

export interface AppOptions {
  db: Database;
  /** folder of the built SPA; served with index.html as the fallback for client-side routes */
  staticDir?: string;
  /** the address the parent's links point to; the request's own origin when not set */
  publicUrl?: string;
  /** PUBLIC_URL's origin when it is set: state changes are accepted from it only (else from the request's own origin) */
  publicOrigin?: string;
  /** TRUSTED_PROXIES: the proxies whose X-Forwarded-For names the client; none by default */
  trustedProxies?: readonly string[];
  /** whether mail is delivered (SMTP_URL is set); without it mail waits in the outbox and the app says so */
  mailDelivery?: boolean;
  /** how the parent's page names the store (readStoreIdentity's defaults when not set) */
  store?: StoreIdentity;
}

export function createApp({ db, staticDir, publicUrl, publicOrigin, trustedProxies: proxies = [], mailDelivery = false, store }: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', resolveClientAddress(trustedProxies(proxies)));

  // Our own origin only, no inline script; MUI's emotion injects <style> elements, hence inline styles.
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
    }),
  );

  app.onError((err, c) => {
    const apiError = err instanceof ApiError ? err : fromDatabaseError(err);
    if (apiError) {
      if (apiError.status >= 500) logger.warn({ err, method: c.req.method, path: c.req.path }, apiError.message);
      return c.json({ message: apiError.message, ...(apiError.errors && { errors: apiError.errors }) }, apiError.status, apiError.headers);
    }
    logger.error({ err, method: c.req.method, path: c.req.path }, 'request failed');
    return c.json({ message: 'The server could not complete this request; nothing was changed. Try again, or report it if it persists.' }, 500);
  });

  // A request body over 1 MB is refused before it is read: no record of ours comes near that.
  app.use('/api/*', bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json({ message: 'The request body is larger than 1 MB' }, 413) }));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Access-Control-Expose-Headers', 'Content-Range');
    c.header('Cache-Control', 'no-store');
  });
  app.get('/api/health', async (c) => {
    await db.query('SELECT 1');
    return c.json({ status: 'ok', database: db.kind });
  });
  // before requireStaff, which lets these through to be authenticated by the key alone
  app.use(`${SERVICE_API_PATH}/*`, requireServiceKey(db));
  app.route(SERVICE_API_PATH, serviceApiRoutes(db, { publicUrl }));
  app.use('/api/*', requireStaff(db, SESSION_COOKIE, { publicOrigin }));
  app.route('/api', authRoutes(db));
  app.route('/api', customerRevealRoutes(db));
  app.route('/api', staffAccountRoutes(db));
  app.route('/api', serviceKeyRoutes(db));
  app.route('/api', exportRoutes(db));
  app.route('/api', auditVerifyRoutes(db));
  app.route('/api', settingsRoutes(db, { publicUrl }));
  app.route('/api', mailStatusRoutes(db, { delivering: mailDelivery }));
  app.route('/api', assigneeRoutes(db));
  app.route('/api', workflowStepRoutes(db, { publicUrl }));
  app.route('/api', breachAffectedRoutes(db));
  app.route('/api', breachMailingRoutes(db));
  app.route('/api', workflowDownloadRoutes(db, { publicUrl }));
  app.route('/api', breachMinistryRoutes(db, { store }));
  app.route('/api', apiRoutes(db));
  app.all('/api/*', (c) => c.json({ message: `No API endpoint ${c.req.method} ${c.req.path}` }, 404));

  app.route('/', parentConsentRoutes(db, { publicUrl, store }));
  app.route('/', downloadLinkRoutes(db, { publicUrl, store }));
  app.route('/', privacyPageRoutes(db, { publicUrl, store }));
  app.route('/', breachNoticeRoutes(db, { publicUrl, store }));
  app.route('/', unsubscribeRoutes(db, { publicUrl, store }));

  if (staticDir && existsSync(path.join(staticDir, 'index.html'))) {
    const root = path.relative(process.cwd(), staticDir) || '.';
    app.use('/*', serveStatic({ root }));
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  return app;
}
