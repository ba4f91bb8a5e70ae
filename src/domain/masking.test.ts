import { describe, expect, it } from 'vitest';
import { CUSTOMER_MASKS, MASK, emailDomain, isMaskedValue, isSensitiveField, maskRecord, maskValue, maskingFor, restoreMasked } from './masking';
import { buildCustomer } from '../../mocks/fixtures';

describe('masking', () => {
  it('keeps the last four characters of numbers and nothing of addresses or birth dates', () => {
    expect(maskValue('number', '12344821')).toBe('•••• 4821');
    expect(maskValue('number', '+96891234567')).toBe('•••• 4567');
    expect(maskValue('hidden', 'Way 3021, House 45, Muscat')).toBe('••••');
    expect(maskValue('number', null)).toBeNull();
  });

  it('masks every sensitive field of a customer and leaves the rest', () => {
    const c = buildCustomer();
    expect(maskRecord(c, CUSTOMER_MASKS)).toMatchObject({ id_number: '•••• 5678', phone: '•••• 4567', address: '••••', birth_date: '••••', full_name: c.full_name, email: c.email });
  });

  it('reads a masked value sent back as "unchanged" and anything else as a correction', () => {
    const stored = buildCustomer();
    const body = { ...maskRecord(stored, CUSTOMER_MASKS), phone: '+96899990000' };
    expect(restoreMasked(body, stored, CUSTOMER_MASKS)).toMatchObject({ phone: '+96899990000', id_number: stored.id_number, address: stored.address, birth_date: stored.birth_date });
  });
});

describe('masking, at the edges', () => {
  it('shows an empty or missing value as empty, not as a mask', () => {
    expect(maskValue('number', '')).toBeNull();
    expect(maskValue('hidden', '')).toBeNull();
    expect(maskValue('hidden', undefined)).toBeNull();
    expect(maskValue('hidden', null)).toBeNull();
  });

  it('adds no masked field a record does not have', () => {
    expect(maskRecord({ id: 3, full_name: 'Salim' }, CUSTOMER_MASKS)).toStrictEqual({ id: 3, full_name: 'Salim' });
  });

  it('keeps a field cleared in the form cleared', () => {
    const stored = { ...buildCustomer(), address: '' };
    expect(restoreMasked({ address: null }, stored, CUSTOMER_MASKS)).toStrictEqual({ address: null });
  });

  it('names the sensitive customer fields', () => {
    expect(['id_number', 'phone', 'address', 'birth_date', 'email', 'full_name'].filter(isSensitiveField)).toEqual(['id_number', 'phone', 'address', 'birth_date']);
  });

  it('is what a resource presents and restores before an update', () => {
    const stored = { ...buildCustomer() };
    const { present, restoreForUpdate } = maskingFor({ phone: 'number' });
    const shown = present(stored);
    expect(shown).toMatchObject({ phone: '•••• 4567', address: stored.address, id_number: stored.id_number });
    expect(restoreForUpdate({ phone: shown.phone, full_name: 'Salim Al Harthy' }, stored)).toStrictEqual({ phone: stored.phone, full_name: 'Salim Al Harthy' });
  });

  it('tells a mask sent back from a value typed in', () => {
    expect(isMaskedValue('•••• 4567')).toBe(true);
    expect(isMaskedValue(MASK)).toBe(true);
    expect(isMaskedValue('+968 •••• 4567')).toBe(false);
    expect(isMaskedValue('+96891234567')).toBe(false);
    expect(isMaskedValue(null)).toBe(false);
    expect(isMaskedValue(4567)).toBe(false);
  });
});

describe('emailDomain', () => {
  it('keeps the domain and never the local part', () => {
    expect(emailDomain('omar.haddad@gmail.com')).toBe('@gmail.com');
    expect(emailDomain('"a@b"@example.om')).toBe('@example.om');
    expect(emailDomain('no-at-sign')).toBeNull();
    expect(emailDomain('trailing@')).toBeNull();
    expect(emailDomain(null)).toBeNull();
  });
});
