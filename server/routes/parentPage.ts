import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

// Plain HTML with a form: it works without JavaScript, with a keyboard and a screen reader, and under our CSP.
export function parentPage(title: string, content: Html): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} — Privacy Desk</title>
      </head>
      <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
        <main>
          <h1>${title}</h1>
          ${content}
        </main>
      </body>
    </html>`;
}

export function parentDecisionForm(childName: string, error?: string): Html {
  return parentPage(
    `Consent for ${childName}`,
    html`${error ? html`<p role="alert" style="color: #b00020">${error}</p>` : ''}
      <p>We asked for your consent by e-mail. Your answer applies to ${childName}’s account at our store.</p>
      <form method="post">
        <fieldset>
          <legend>Do you consent to our collecting and using your child’s data as the notice describes?</legend>
          <label><input type="radio" name="decision" value="grant" required /> I consent</label><br />
          <label><input type="radio" name="decision" value="refuse" /> I refuse: delete my contact details and my child’s</label>
        </fieldset>
        <fieldset>
          <legend>May we disclose your child’s data to third parties (payment and delivery providers)?</legend>
          <label><input type="radio" name="disclosure" value="refuse" checked /> No</label><br />
          <label><input type="radio" name="disclosure" value="allow" /> Yes</label>
        </fieldset>
        <p><button type="submit">Send my decision</button></p>
      </form>`,
  );
}
