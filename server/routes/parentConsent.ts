import { Hono } from 'hono';
import { html } from 'hono/html';
import { bodyLimit } from 'hono/body-limit';
import type { Database } from '../db/database';
import { ApiError } from '../apiError';
import { takeStep } from '../workflows/takeStep';
import { noticeTokenHash, PARENT_PAGE_PATH } from '../workflows/consentEffects';
import type { StoreIdentity } from '../config';
import type { Context } from 'hono';
import { consentWorkflow } from '../../src/domain/consentWorkflow';
import { clientAddress } from '../auth/clientAddress';
import { parentPage, parentDecisionForm, policySetting, publicPageStore } from './parentPage';

type PendingRequest = {
  id: number;
  version: number;
  status: string;
  child_name: string | null;
  expired: boolean;
};

/**
 * The parent's page behind the single-use link of the consent notice: no staff sign-in, the link's
 * token is the only key, and it stops working once a decision is recorded or the window closes.
 */
export function parentConsentRoutes(db: Database, options: { publicUrl?: string; store?: StoreIdentity } = {}) {
  const app = new Hono();
  const storeFor = publicPageStore(options);
  // the form has two radio buttons: anything larger is not from our page
  app.use(`${PARENT_PAGE_PATH}/*`, policySetting(db));
  app.use(`${PARENT_PAGE_PATH}/*`, bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text('The request is too large', 413) }));
  const pending = async (token: string) => {
    const [row] = await db.query<PendingRequest>(
      `SELECT id, version, status, child_name, answer_due_at < now() AS expired FROM consent_requests
       WHERE notice_token_hash = $1 AND status = 'notice_sent'`,
      [noticeTokenHash(token)],
    );
    return row && !row.expired ? row : null;
  };
  const gone = (c: Context) =>
    parentPage('This link no longer works', html`<p>This link has already been used, or the time to answer has passed. If you still want to decide, write to us and we will send a new notice.</p>`, storeFor(c));

  app.get(`${PARENT_PAGE_PATH}/:token`, async (c) => {
    const request = await pending(c.req.param('token'));
    if (!request) return c.html(gone(c), 410);
    return c.html(parentDecisionForm(request.child_name ?? 'your child', storeFor(c)));
  });

  app.post(`${PARENT_PAGE_PATH}/:token`, async (c) => {
    const request = await pending(c.req.param('token'));
    if (!request) return c.html(gone(c), 410);
    const form = await c.req.parseBody();
    const decision = form.decision;
    if (decision !== 'grant' && decision !== 'refuse') {
      return c.html(parentDecisionForm(request.child_name ?? 'your child', storeFor(c), 'Choose whether you consent or refuse.'), 400);
    }
    const wantsDisclosure = form.disclosure === 'allow';
    // A decision by e-mail link is "e-mail plus": enough for internal use only (COPPA), so a wish to
    // allow disclosure is noted for staff to confirm by a stronger method.
    const body =
      decision === 'grant'
        ? {
            version: request.version,
            verification_method: 'email_plus',
            third_party_disclosure: false,
            note: wantsDisclosure ? 'The parent also asked to allow disclosure to third parties: confirm by a method stronger than e-mail before allowing it.' : null,
          }
        : { version: request.version, note: null };
    try {
      await takeStep(
        db,
        { workflow: consentWorkflow, id: request.id, step: decision, actor: { kind: 'parent' }, body, staff: null, address: clientAddress(c) },
        { publicUrl: options.publicUrl ?? new URL(c.req.url).origin },
      );
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) return c.html(gone(c), 410);
      throw err;
    }
    const text =
      decision === 'grant'
        ? wantsDisclosure
          ? 'Thank you: your consent is recorded. You also allowed disclosure to third parties; we will contact you to confirm it before anything is shared.'
          : 'Thank you: your consent is recorded. Nothing about your child is disclosed to third parties.'
        : 'Your refusal is recorded. We have deleted your contact details and your child’s.';
    return c.html(parentPage('Your decision is recorded', html`<p role="status">${text}</p>`, storeFor(c)));
  });
  return app;
}
