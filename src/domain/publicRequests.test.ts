import { describe, expect, it } from 'vitest';
import { CORRECTION_DETAILS_REQUIRED, confirmationMail, parsePublicRequest, ticketForConfirmed } from './publicRequests';

describe('a request from the public privacy page', () => {
  it('reads the form: the address trimmed and lower-cased, the name optional, the kind one of ours', () => {
    expect(parsePublicRequest({ email: '  Huda@Example.ORG ', kind: 'delete_account', name: '' })).toEqual({ ok: true, value: { email: 'huda@example.org', name: null, kind: 'delete_account', details: null } });
    expect(parsePublicRequest({ email: 'huda@example.org', kind: 'stop_marketing', name: ' Huda ' })).toEqual({ ok: true, value: { email: 'huda@example.org', name: 'Huda', kind: 'stop_marketing', details: null } });
    // what is wrong goes with a correction, and is asked for; with anything else it is not kept
    expect(parsePublicRequest({ email: 'huda@example.org', kind: 'correction', details: ' My phone is +968 9123 4567 ' })).toMatchObject({ ok: true, value: { kind: 'correction', details: 'My phone is +968 9123 4567' } });
    expect(parsePublicRequest({ email: 'huda@example.org', kind: 'correction', details: '  ' })).toEqual({ ok: false, errors: { details: CORRECTION_DETAILS_REQUIRED } });
    expect(parsePublicRequest({ email: 'huda@example.org', kind: 'access', details: 'something' })).toMatchObject({ ok: true, value: { details: null } });
    expect(parsePublicRequest({ email: 'huda', kind: 'everything' })).toEqual({ ok: false, errors: { email: 'That is not an e-mail address', kind: 'Choose what you want us to do' } });
    expect(parsePublicRequest({ email: 'huda@example.org', kind: 'delete_account', name: 'x'.repeat(201) })).toEqual({ ok: false, errors: { name: 'At most 200 characters' } });
  });

  it('asks the address to confirm, saying what was asked and nothing of whether it is a customer’s', () => {
    const mail = confirmationMail('stop_marketing', 'https://desk.example/privacy/confirm/t', 'Souq Muscat');
    expect(mail.subject).toBe('Confirm your request to Souq Muscat');
    expect(mail.text).toBe(
      'Someone, probably you, asked Souq Muscat to stop sending you marketing e-mail.\n\nTo confirm, open this link within 24 hours: https://desk.example/privacy/confirm/t\n\nIf you did not ask, ignore this message: nothing happens without the confirmation.',
    );
  });

  it('becomes a deletion ticket or an access request by the web form, received when confirmed, named by the address when no name was given', () => {
    const at = new Date('2026-11-23T10:00:00.000Z');
    const common = {
      requester_name: 'huda@example.org',
      requester_email: 'huda@example.org',
      channel: 'web_form',
      received_at: '2026-11-23T10:00:00.000Z',
      notes: 'Filed on the public privacy page; the address was proven by its confirmation link on 2026-11-23T10:00:00.000Z.',
    };
    expect(ticketForConfirmed({ kind: 'delete_account', email: 'huda@example.org', requester_name: null }, at)).toEqual({ resource: 'deletion-tickets', values: { ...common, scope: 'account' } });
    expect(ticketForConfirmed({ kind: 'access', email: 'huda@example.org', requester_name: null }, at)).toEqual({ resource: 'access-requests', values: common });
    expect(ticketForConfirmed({ kind: 'correction', email: 'huda@example.org', requester_name: null, details: 'Wrong phone' }, at)).toEqual({ resource: 'correction-requests', values: { ...common, requested_correction: 'Wrong phone' } });
    expect(ticketForConfirmed({ kind: 'stop_marketing', email: 'a@b.example', requester_name: 'A' }, at).values).toMatchObject({ scope: 'marketing_email', requester_name: 'A' });
  });
});
