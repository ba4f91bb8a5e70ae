import { Hono, type Context } from 'hono';
import { html, raw } from 'hono/html';
import { bodyLimit } from 'hono/body-limit';
import type { Database } from '../db/database';
import type { StoreIdentity } from '../config';
import { clientAddress } from '../auth/clientAddress';
import { DEFAULT_STORE_IDENTITY } from '../config';
import { confirmPublicRequest, pendingRequest, submitPublicRequest } from '../workflows/publicRequests';
import { CONFIRMATION_HOURS, parsePublicRequest, type PublicRequestKind } from '../../src/domain/publicRequests';
import { parentPage, policySetting, publicPageStore } from './parentPage';

export const PRIVACY_PAGE_PATH = '/privacy';

const NEXT: Readonly<Record<PublicRequestKind, string>> = {
  access: 'We will check that the account is yours and then e-mail a link to your data to the address on the account, at the latest within the period our privacy policy states.',
  correction: 'We will check that the account is yours, correct what you told us, and write to this address with what we changed.',
  delete_account: 'We will check that the account is yours and then delete it; we write to this address when it is done, at the latest within the period our privacy policy states.',
  stop_marketing: 'You will get no more marketing e-mail from us. Messages about your orders and your data still reach you.',
};
const QUESTION = 'Questions about your data?';

const ASKED: Readonly<Record<PublicRequestKind, string>> = {
  access: 'for a copy of the personal data we hold about you',
  correction: 'to correct the personal data we hold about you',
  delete_account: 'to delete your account and the personal data we hold about you',
  stop_marketing: 'to stop sending you marketing e-mail',
};

/**
 * The public privacy page: a person asks for deletion or for marketing mail to stop by giving an
 * address, and confirms through the link mailed to it. Plain HTML forms, no JavaScript needed.
 */
export function privacyPageRoutes(db: Database, options: { publicUrl?: string; store?: StoreIdentity } = {}) {
  const app = new Hono();
  const storeFor = publicPageStore(options);
  const page = (c: Context, title: string, content: ReturnType<typeof html>, status: 200 | 400 | 410 | 429 = 200) => c.html(parentPage(title, content, storeFor(c), QUESTION), status);
  app.use(PRIVACY_PAGE_PATH, policySetting(db));
  app.use(`${PRIVACY_PAGE_PATH}/*`, policySetting(db));
  app.use(`${PRIVACY_PAGE_PATH}/*`, bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text('The request is too large', 413) }));

  const form = (values: Record<string, unknown> = {}, errors: Record<string, string> = {}) => {
    const error = (field: string) => (errors[field] ? html`<p class="error" id="${field}-error">${errors[field]}</p>` : '');
    const describedBy = (field: string) => (errors[field] ? raw(`aria-describedby="${field}-error" aria-invalid="true"`) : '');
    return html`${Object.keys(errors).length ? html`<p role="alert" class="error">Please correct what is marked below.</p>` : ''}
      <p>Tell us what you want and the e-mail address it concerns. We send a link to that address; your request counts once you open it.</p>
      <form method="post" action="${PRIVACY_PAGE_PATH}/requests">
        <fieldset>
          <legend>What do you want us to do?</legend>
          <label><input type="radio" name="kind" value="access" ${values.kind === 'access' ? raw('checked') : ''} required /> Send me a copy of my personal data</label>
          <label><input type="radio" name="kind" value="correction" ${values.kind === 'correction' ? raw('checked') : ''} /> Correct my personal data</label>
          <label><input type="radio" name="kind" value="delete_account" ${values.kind === 'delete_account' ? raw('checked') : ''} /> Delete my account and my personal data</label>
          <label><input type="radio" name="kind" value="stop_marketing" ${values.kind === 'stop_marketing' ? raw('checked') : ''} /> Stop sending me marketing e-mail</label>
          ${error('kind')}
        </fieldset>
        <p><label for="email">Your e-mail address</label><input id="email" name="email" type="email" autocomplete="email" required value="${String(values.email ?? '')}" ${describedBy('email')} />${error('email')}</p>
        <p><label for="details">For a correction: what is wrong?</label><textarea id="details" name="details" rows="3" maxlength="2000" ${describedBy('details')}>${String(values.details ?? '')}</textarea>${error('details')}</p>
        <p><label for="name">Your name (optional)</label><input id="name" name="name" type="text" autocomplete="name" maxlength="200" value="${String(values.name ?? '')}" ${describedBy('name')} />${error('name')}</p>
        <p><button type="submit">Send me the confirmation link</button></p>
      </form>`;
  };

  app.get(PRIVACY_PAGE_PATH, (c) => page(c, 'Your privacy requests', form()));

  app.post(`${PRIVACY_PAGE_PATH}/requests`, async (c) => {
    const posted = await c.req.parseBody();
    const parsed = parsePublicRequest(posted);
    if (!parsed.ok) return page(c, 'Your privacy requests', form(posted, parsed.errors), 400);
    const base = options.publicUrl ?? new URL(c.req.url).origin;
    const submitted = await submitPublicRequest(db, parsed.value, clientAddress(c), {
      confirmUrl: (token) => `${base}${PRIVACY_PAGE_PATH}/confirm/${token}`,
      storeName: (options.store ?? DEFAULT_STORE_IDENTITY).name,
    });
    if (!submitted.ok) {
      c.header('Retry-After', String(submitted.retryAfterSeconds));
      return page(c, 'Please try again later', html`<p role="alert">There have been too many requests for this address or from this connection. Try again in ${Math.ceil(submitted.retryAfterSeconds / 60)} minutes.</p>`, 429);
    }
    // the same answer for every address: whether it is a customer's is not looked at
    return page(c, 'Check your inbox', html`<p role="status">If the address can receive mail, a link is on its way to it. Open it within ${CONFIRMATION_HOURS} hours to confirm your request.</p>`);
  });

  const gone = (c: Context) => page(c, 'This link no longer works', html`<p>This link has been used, or its ${CONFIRMATION_HOURS} hours have passed. You can <a href="${PRIVACY_PAGE_PATH}">ask again</a>.</p>`, 410);

  // Opening the link shows a button: a mail scanner that follows links confirms nothing.
  app.get(`${PRIVACY_PAGE_PATH}/confirm/:token`, async (c) => {
    const kind = await pendingRequest(db, c.req.param('token'));
    if (!kind) return gone(c);
    return page(c, 'Confirm your request', html`<p>You asked us ${ASKED[kind]}.</p><form method="post"><p><button type="submit">Confirm my request</button></p></form>`);
  });

  app.post(`${PRIVACY_PAGE_PATH}/confirm/:token`, async (c) => {
    const confirmed = await confirmPublicRequest(db, c.req.param('token'), clientAddress(c));
    if (!confirmed) return gone(c);
    const next = NEXT[confirmed.kind];
    return page(c, 'Your request is confirmed', html`<p role="status">${next}</p>`);
  });

  return app;
}
