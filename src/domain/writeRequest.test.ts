import { describe, expect, it } from 'vitest';
import { parseWrite } from './writeRequest';
import { customers } from './customers';
import { authorityReferrals } from './authorityReferrals';
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
