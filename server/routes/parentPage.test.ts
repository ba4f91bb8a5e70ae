import { describe, expect, it } from 'vitest';
import { parentDecisionForm, parentPage } from './parentPage';
import { readStoreIdentity } from '../config';

const store = { name: 'Souq Muscat', contactEmail: 'privacy@souqmuscat.om', privacyPolicyUrl: 'https://souqmuscat.om/privacy' };
const render = async (page: ReturnType<typeof parentPage>) => String(await page);

describe("the parent's page", () => {
  it('names the store, gives a contact and links to the privacy policy', async () => {
    const page = await render(parentDecisionForm('Noor', store));
    expect(page).toContain('<title>Consent for Noor — Souq Muscat</title>');
    expect(page).toContain('Souq Muscat asked for your consent by e-mail');
    expect(page).toContain('<a href="mailto:privacy@souqmuscat.om">privacy@souqmuscat.om</a>');
    expect(page).toContain('<a href="https://souqmuscat.om/privacy">Read our privacy policy</a>');
  });

  it('is an accessible document: lang and direction, a main landmark, one level-one heading, a labelled form, a styled button', async () => {
    const page = await render(parentDecisionForm('Noor', store));
    expect(page).toMatch(/<html lang="en" dir="ltr">/);
    expect(page.match(/<main>/g)).toHaveLength(1);
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(page).toContain('<h1>Consent for Noor</h1>');
    expect(page).toMatch(/<form method="post" aria-labelledby="form-title"\s*>/);
    expect(page).toContain('<h2 id="form-title">Your decision</h2>');
    expect(page).toMatch(/button \{[^}]*color: #fff; background: #0b5394/);
    expect(page).toMatch(/button:focus-visible[^{]*\{ outline: 3px solid/);
    // every radio button sits inside its label
    expect(page.match(/<label><input type="radio"/g)).toHaveLength(4);
  });

  it('ties an error to the form and announces it', async () => {
    const page = await render(parentDecisionForm('Noor', store, 'Choose whether you consent or refuse.'));
    expect(page).toContain('<p role="alert" class="error" id="form-error">Choose whether you consent or refuse.</p>');
    expect(page).toContain('aria-describedby="form-error"');
  });

  it('escapes what it is given', async () => {
    const page = await render(parentDecisionForm('<script>x</script>', { ...store, name: 'A & B <Store>' }));
    expect(page).not.toContain('<script>x</script>');
    expect(page).toContain('A &amp; B &lt;Store&gt;');
  });
});

describe('the store as the public pages name it', () => {
  it('comes from STORE_NAME, STORE_CONTACT_EMAIL and PRIVACY_POLICY_URL', () => {
    expect(readStoreIdentity({ STORE_NAME: 'Souq Muscat', STORE_CONTACT_EMAIL: 'dpo@souqmuscat.om', PRIVACY_POLICY_URL: 'https://souqmuscat.om/privacy' }, 'x@y')).toEqual({
      name: 'Souq Muscat',
      contactEmail: 'dpo@souqmuscat.om',
      privacyPolicyUrl: 'https://souqmuscat.om/privacy',
    });
  });

  it('defaults to a plain name, the sender of the notice (where replies go) and the policy the notice links to', () => {
    expect(readStoreIdentity({}, 'Souq Muscat Privacy <privacy@souqmuscat.om>')).toEqual({ name: 'Our online store', contactEmail: 'privacy@souqmuscat.om', privacyPolicyUrl: undefined });
    expect(readStoreIdentity({}, 'privacy@souqmuscat.om').contactEmail).toBe('privacy@souqmuscat.om');
  });
});
