import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Context } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { DEFAULT_STORE_IDENTITY, type StoreIdentity } from '../config';
import type { Queryable } from '../db/database';
import { loadSettings } from '../settings/settingsStore';
import { privacyPolicyUrl } from '../workflows/consentEffects';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Who the page speaks for: the store's name, where to write, its privacy policy (server/config.ts readStoreIdentity). */
export interface ParentPageStore {
  name: string;
  contactEmail: string;
  /** null: no link (the desk has no policy page of its own) */
  privacyPolicyUrl: string | null;
}

// The privacy_policy_url setting as read for one request by policySetting (pages served without it use PRIVACY_POLICY_URL).
const policyOfRequest = new WeakMap<Request, string>();

/** Reads the privacy_policy_url setting for the request, so that the page's footer links to what the consent notice links to. */
export const policySetting =
  (db: Queryable): MiddlewareHandler =>
  async (c, next) => {
    const { privacy_policy_url } = await loadSettings(db);
    if (privacy_policy_url) policyOfRequest.set(c.req.raw, privacy_policy_url);
    await next();
  };

/**
 * The store as every public page names it: the configured identity (readStoreIdentity's defaults when
 * none), and the policy the consent notice links to — the setting when set, else PRIVACY_POLICY_URL.
 */
export function publicPageStore(options: { publicUrl?: string; store?: StoreIdentity }): (c: Context) => ParentPageStore {
  const identity = options.store ?? DEFAULT_STORE_IDENTITY;
  return (c) => ({
    name: identity.name,
    contactEmail: identity.contactEmail,
    privacyPolicyUrl: privacyPolicyUrl({ privacy_policy_url: policyOfRequest.get(c.req.raw) ?? '' }, identity),
  });
}

// Contrast: #1b1b1b on white is 17:1; the button's white on #0b5394 is 7.6:1; the error's #a4001d on white 8.3:1.
// The focus ring is drawn outside the button, 3 px, so it shows on any background.
const STYLE = raw(`
  body { font-family: system-ui, sans-serif; color: #1b1b1b; background: #fff; max-width: 40rem; margin: 0 auto; padding: 1rem; line-height: 1.5 }
  header { border-bottom: 1px solid #d0d0d0; margin-bottom: 1rem; font-weight: 600 }
  fieldset { border: 1px solid #d0d0d0; border-radius: 6px; margin: 0 0 1rem; padding: 0.75rem 1rem }
  legend { font-weight: 600; padding: 0 0.25rem }
  label { display: block; padding: 0.35rem 0; cursor: pointer }
  input[type=radio] { width: 1.1rem; height: 1.1rem; margin-inline-end: 0.5rem; vertical-align: -0.15rem }
  button { font: inherit; font-weight: 600; color: #fff; background: #0b5394; border: 0; border-radius: 6px; padding: 0.7rem 1.4rem; min-height: 44px; cursor: pointer }
  button:hover { background: #073763 }
  button:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid #0b5394; outline-offset: 3px }
  a { color: #0b5394 }
  .error { color: #a4001d; font-weight: 600 }
  footer { border-top: 1px solid #d0d0d0; margin-top: 2rem; padding-top: 0.75rem; font-size: 0.95rem }
`);

// Plain HTML with a form: it works without JavaScript, with a keyboard and a screen reader, and under our CSP.
// `question` leads the footer's contact line: the parent's pages ask about their child's data, other public pages say their own.
export function parentPage(title: string, content: Html, store: ParentPageStore, question = 'Questions about your child’s data?'): Html {
  return html`<!doctype html>
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} — ${store.name}</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <header><p>${store.name}</p></header>
        <main>
          <h1>${title}</h1>
          ${content}
        </main>
        <footer>
          <p>
            ${question} Write to ${store.name} at <a href="mailto:${store.contactEmail}">${store.contactEmail}</a>.
            ${store.privacyPolicyUrl ? html`<a href="${store.privacyPolicyUrl}">Read our privacy policy</a>.` : ''}
          </p>
        </footer>
      </body>
    </html>`;
}

export function parentDecisionForm(childName: string, store: ParentPageStore, error?: string): Html {
  return parentPage(
    `Consent for ${childName}`,
    html`${error ? html`<p role="alert" class="error" id="form-error">${error}</p>` : ''}
      <p>${store.name} asked for your consent by e-mail. Your answer applies to ${childName}’s account with us.</p>
      <form method="post" aria-labelledby="form-title" ${error ? raw('aria-describedby="form-error"') : ''}>
        <h2 id="form-title">Your decision</h2>
        <fieldset>
          <legend>Do you consent to our collecting and using your child’s data as the notice describes?</legend>
          <label><input type="radio" name="decision" value="grant" required /> I consent</label>
          <label><input type="radio" name="decision" value="refuse" /> I refuse: delete my contact details and my child’s</label>
        </fieldset>
        <fieldset>
          <legend>May we disclose your child’s data to third parties (payment and delivery providers)?</legend>
          <label><input type="radio" name="disclosure" value="refuse" checked /> No</label>
          <label><input type="radio" name="disclosure" value="allow" /> Yes</label>
        </fieldset>
        <p><button type="submit">Send my decision</button></p>
      </form>`,
    store,
  );
}
