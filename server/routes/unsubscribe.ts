import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import { bodyLimit } from 'hono/body-limit';
import type { Database } from '../db/database';
import type { StoreIdentity } from '../config';
import { appendAudit } from '../audit/auditLog';
import { clientAddress } from '../auth/clientAddress';
import { isSuppressed, suppressAddress } from '../mail/outbox';
import { verifyUnsubscribeToken } from '../mail/unsubscribeLinks';
import { isOneClick, UNSUBSCRIBE_PATH } from '../../src/domain/unsubscribe';
import { parentPage, publicPageStore, policySetting } from './parentPage';

export const UNSUBSCRIBE_REASON = 'unsubscribe link';
const QUESTION = 'Questions about the mail we send you?';

/**
 * The unsubscribe link of the store's marketing mail (CAN-SPAM, RFC 8058): no sign-in, the signed
 * token is the only key, and nothing but the address is asked for. Opening the link changes nothing
 * (mail scanners follow links); its one button, or a mail client's one-click POST, stops marketing
 * mail at once. Any origin may POST here: the token, not a session, is what authorises it.
 */
export function unsubscribeRoutes(db: Database, options: { publicUrl?: string; store?: StoreIdentity } = {}) {
  const app = new Hono();
  const storeFor = publicPageStore(options);
  // one hidden field at most: anything larger is not from our page nor from a mail client
  app.use(`${UNSUBSCRIBE_PATH}/*`, policySetting(db));
  app.use(`${UNSUBSCRIBE_PATH}/*`, bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text('The request is too large', 413) }));
  const notFound = (c: Context) =>
    c.html(
      parentPage('This link does not work', html`<p>This unsubscribe link is not one of ours, or it was cut short. Use the link in the latest e-mail we sent you, or write to us and we will stop the mail.</p>`, storeFor(c), QUESTION),
      404,
    );

  app.get(`${UNSUBSCRIBE_PATH}/:token`, async (c) => {
    const address = await verifyUnsubscribeToken(db, c.req.param('token'));
    if (!address) return notFound(c);
    return c.html(
      parentPage(
        'Stop marketing e-mail',
        html`<p>Press the button to stop the marketing e-mail ${storeFor(c).name} sends to <bdi dir="ltr">${address}</bdi>. It takes effect at once.</p>
          <p>Messages about your orders and your data still reach you.</p>
          <form method="post">
            <p><button type="submit">Stop marketing e-mail</button></p>
          </form>`,
        storeFor(c),
        QUESTION,
      ),
    );
  });

  app.post(`${UNSUBSCRIBE_PATH}/:token`, async (c) => {
    const address = await verifyUnsubscribeToken(db, c.req.param('token'));
    if (!address) return notFound(c);
    const form = await c.req.parseBody().catch(() => ({}));
    const oneClick = isOneClick(form);
    await db.transaction(async (tx) => {
      const already = await isSuppressed(tx, address);
      if (!already) await suppressAddress(tx, address, UNSUBSCRIBE_REASON);
      // that someone unsubscribed, how, and whether it changed anything; never the address
      await appendAudit(tx, {
        staff: null,
        action: 'unsubscribe',
        reason: `${oneClick ? 'one-click (RFC 8058)' : 'unsubscribe page'}: ${already ? 'already suppressed' : 'suppressed'}`,
        address: clientAddress(c),
      });
    });
    return c.html(
      parentPage(
        'You are unsubscribed',
        html`<p role="status">We will send no more marketing e-mail to <bdi dir="ltr">${address}</bdi>. Messages about your orders and your data still reach you.</p>`,
        storeFor(c),
        QUESTION,
      ),
    );
  });
  return app;
}
