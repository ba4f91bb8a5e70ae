import { describe, expect, it } from 'vitest';
import { issuesToErrors, parseWrite, updateRefusal } from './writeRequest';
import { customers } from './customers';
import { authorityReferrals } from './authorityReferrals';
import { consentRequests } from './consentRequests';
import { outbox } from './outbox';
import { holidays } from './holidays';
import { ERASED_CUSTOMER, fixedField } from './apiMessages';
import { buildCustomer } from '../../mocks/fixtures';

describe('parseWrite', () => {
  it('accepts a whole record sent back by an edit form and keeps only writable fields', () => {
    const r = parseWrite(customers, { ...buildCustomer(), email: ' Salim@Example.COM ', phone: '+968 9123-4567' }, 'update');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ email: 'salim@example.com', phone: '+96891234567', version: 1 });
    expect(r.value).not.toHaveProperty('status');
    expect(r.value).not.toHaveProperty('created_at');
  });

  it('turns empty optional inputs into nulls', () => {
    const r = parseWrite(customers, { full_name: 'A B', username: 'abc', email: 'a@example.com', phone: '', school: '  ', birth_date: '' }, 'create');
    expect(r.ok && r.value).toMatchObject({ phone: null, school: null, birth_date: null, newsletter: false });
  });

  it('reports each invalid field once, for the form to show', () => {
    const r = parseWrite(customers, { full_name: '', username: 'a', email: 'x' }, 'create');
    expect(r.ok).toBe(false);
    expect(!r.ok && 'errors' in r && Object.keys(r.errors).sort()).toEqual(['email', 'full_name', 'username']);
  });

  it('never lets a referral propose a field outside the disclosable set, or the same one twice', () => {
    const base = { customer_id: 1, activity: 'fraud', description: 'd', evidence: 'e', authority: 'ROP' };
    expect(parseWrite(authorityReferrals, { ...base, proposed_fields: ['id_number'] }, 'create').ok).toBe(true);
    expect(parseWrite(authorityReferrals, { ...base, proposed_fields: ['school'] }, 'create').ok).toBe(false);
    expect(parseWrite(authorityReferrals, { ...base, proposed_fields: ['email', 'email'] }, 'create').ok).toBe(false);
    expect(parseWrite(authorityReferrals, { ...base, proposed_fields: [] }, 'create').ok).toBe(false);
  });
});

describe('what a refused write tells staff', () => {
  const newCustomer = { full_name: 'Salim Al Harthy', username: 'salim.h', email: 'salim@example.com' };

  it.each([null, 'a string', 42, ['full_name']])('refuses a body that is not a JSON object (%j)', (body) => {
    expect(parseWrite(customers, body, 'create')).toEqual({ ok: false, message: 'The request body must be a JSON object' });
  });

  it('refuses passwords and recovery answers, naming the fields', () => {
    expect(parseWrite(customers, { ...newCustomer, password: 'x', recovery_answer: 'y' }, 'create')).toEqual({
      ok: false,
      message: "Privacy Desk never stores passwords or password-recovery answers (password, recovery_answer); the store's login system keeps them",
    });
  });

  it('names the fields the resource does not have', () => {
    expect(parseWrite(customers, { ...newCustomer, shoe_size: 44, nickname: 'S' }, 'create')).toEqual({
      ok: false,
      message: 'Unknown field(s) for customers: shoe_size, nickname',
    });
  });

  it('names an unknown field of a resource that takes no write-only fields', () => {
    expect(parseWrite(authorityReferrals, { authority: 'ROP', urgency: 'high' }, 'create')).toEqual({ ok: false, message: 'Unknown field(s) for authority-referrals: urgency' });
  });

  it('asks an edit, not a create, for the version it is based on', () => {
    expect(parseWrite(customers, newCustomer, 'create').ok).toBe(true);
    expect(parseWrite(customers, newCustomer, 'update')).toMatchObject({ ok: false, errors: { version: 'The record version is required' } });
  });

  it('takes the parent’s details only when a customer is created', () => {
    const withParent = { ...newCustomer, parent_name: 'Said Al Harthy' };
    expect(parseWrite(customers, withParent, 'create')).toMatchObject({ ok: true, value: { parent_name: 'Said Al Harthy' } });
    expect(parseWrite(customers, { ...withParent, version: 1 }, 'update')).toEqual({ ok: false, message: 'Unknown field(s) for customers: parent_name' });
  });

  it('refuses card numbers, naming each field that holds one', () => {
    const message = 'Payment card numbers must not be stored in Privacy Desk';
    expect(parseWrite(customers, { ...newCustomer, full_name: '4111 1111 1111 1111', address: 'paid 5500 0055 5555 5559' }, 'create')).toEqual({
      ok: false,
      message: `${message} (found in: full_name, address)`,
      errors: { full_name: message, address: message },
    });
  });

  it('refuses any write to a resource the API does not write', () => {
    expect(parseWrite(outbox, { subject: 'Hello' }, 'create')).toEqual({ ok: false, message: 'outbox is read-only' });
    expect(parseWrite(outbox, { subject: 'Hello' }, 'update')).toEqual({ ok: false, message: 'outbox is read-only' });
  });

  it('names the resource and every field at fault', () => {
    expect(parseWrite(customers, { full_name: '', username: 'salim.h' }, 'create')).toEqual({
      ok: false,
      message: 'Invalid customers record — full_name: Required; email: Required',
      errors: { full_name: 'Required', email: 'Required' },
    });
  });
});

describe('issuesToErrors', () => {
  it('keeps the first message of each field, by dotted path, and names the body itself', () => {
    expect(
      issuesToErrors([
        { path: ['proposed_fields', 1], message: 'Not a customer field that can be disclosed' },
        { path: ['proposed_fields', 1], message: 'second' },
        { path: [], message: 'Expected an object' },
      ]),
    ).toEqual({ 'proposed_fields.1': 'Not a customer field that can be disclosed', '(body)': 'Expected an object' });
  });
});

describe('updateRefusal', () => {
  it('refuses any change to an erased customer', () => {
    expect(updateRefusal(customers, { ...buildCustomer({ status: 'erased' }) }, { full_name: 'New name' })).toBe(ERASED_CUSTOMER);
    expect(updateRefusal(customers, { ...buildCustomer() }, { full_name: 'New name' })).toBeNull();
  });

  it('refuses a change to a fixed field, naming it, and lets it be sent back unchanged', () => {
    const request = { status: 'notice_sent', customer_id: 4 };
    expect(updateRefusal(consentRequests, request, { customer_id: 5 })).toBe(fixedField('customer_id'));
    expect(fixedField('customer_id')).toBe('The customer id of this record is fixed once it exists; open a new record instead');
    expect(updateRefusal(consentRequests, request, { customer_id: 4, child_name: 'Noor' })).toBeNull();
    expect(updateRefusal(consentRequests, request, { child_name: 'Noor' })).toBeNull();
  });

  it('lets any holiday be corrected (no state forbids it)', () => {
    expect(updateRefusal(holidays, { day: '2026-11-18', name: 'National Day' }, { name: 'National Day holiday' })).toBeNull();
  });

  it('checks nothing fixed on a resource without fixed fields', () => {
    expect(updateRefusal(customers, { ...buildCustomer() }, { id: 99 })).toBeNull();
  });
});
