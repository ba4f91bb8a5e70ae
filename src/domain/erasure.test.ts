import { describe, expect, it } from 'vitest';
import { erasedValues, erasesCustomer } from './erasure';

const now = new Date('2026-11-23T08:30:00.000Z');

describe('what erasing a person leaves', () => {
  it('a customer: a tombstone with no personal field, no newsletter and no recovery question', () => {
    expect(erasedValues('customers', now)).toStrictEqual({
      full_name: null,
      username: null,
      email: null,
      phone: null,
      birth_date: null,
      id_type: null,
      id_number: null,
      address: null,
      school: null,
      status: 'erased',
      newsletter: false,
      recovery_question_set: false,
    });
  });

  it('a consent request: no contact detail, and when they were erased', () => {
    expect(erasedValues('consent-requests', now)).toStrictEqual({
      child_name: null,
      parent_name: null,
      parent_email: null,
      parent_phone: null,
      contact_erased_at: '2026-11-23T08:30:00.000Z',
    });
  });

  it('a deletion ticket: no requester detail', () => {
    expect(erasedValues('deletion-tickets', now)).toStrictEqual({ requester_name: null, requester_email: null, requester_phone: null });
  });
});

describe('which deletion requests erase the customer', () => {
  it.each([
    ['account', true],
    ['child_data', true],
    ['marketing_email', false],
    [undefined, false],
  ])('%s: %s', (scope, erases) => {
    expect(erasesCustomer(scope)).toBe(erases);
  });
});
