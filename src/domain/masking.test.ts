import { describe, expect, it } from 'vitest';
import { CUSTOMER_MASKS, maskRecord, maskValue, restoreMasked } from './masking';
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
