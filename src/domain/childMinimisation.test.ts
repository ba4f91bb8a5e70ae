import { describe, expect, it } from 'vitest';
import { CONSENT_STATUSES } from './consentRequests';
import { CUSTOMER_PERSONAL_FIELDS } from './customers';
import { NOT_COLLECTED_BEFORE_CONSENT, WITHHELD_UNTIL_CONSENT, childConsentState, isWithheld, minimised, withheldFieldErrors } from './childMinimisation';

const TODAY = '2026-11-23';
const CHILD = '2016-05-01';
const ADULT = '1990-03-14';
const given: Record<string, unknown> = {
  full_name: 'Noor Al Balushi',
  username: 'noor.b',
  email: 'noor@example.org',
  phone: '+96891234567',
  birth_date: CHILD,
  id_type: 'national_id',
  id_number: '12345678',
  address: 'Way 1, Muscat',
  school: 'Al Sahwa School',
  newsletter: true,
};
// what the parent's notice needs, and the birth date that makes the customer a child
const KEPT = ['full_name', 'username', 'email', 'birth_date'];

describe('children’s data only after consent', () => {
  it('decides who it applies to by the age and by a granted consent only', () => {
    expect(childConsentState(ADULT, TODAY, 13, [])).toBe('adult');
    expect(childConsentState(null, TODAY, 13, [])).toBe('adult');
    expect(childConsentState('2012-01-01', TODAY, 16, [])).toBe('without_consent');
    for (const status of CONSENT_STATUSES) expect(childConsentState(CHILD, TODAY, 13, [status]), status).toBe(status === 'granted' ? 'consented' : 'without_consent');
    expect(childConsentState(CHILD, TODAY, 13, ['withdrawn', 'granted'])).toBe('consented');
  });

  it('names every personal field as kept or withheld', () => {
    expect([...KEPT, ...WITHHELD_UNTIL_CONSENT.filter((f) => f !== 'newsletter')].sort()).toEqual([...CUSTOMER_PERSONAL_FIELDS].sort());
  });

  describe.each(CONSENT_STATUSES.map((status) => [status] as const))('a child whose consent request is %s', (status) => {
    const state = childConsentState(CHILD, TODAY, 13, [status]);
    it.each([...KEPT, ...WITHHELD_UNTIL_CONSENT].map((f) => [f] as const))('%s', (field) => {
      const refused = state === 'without_consent' && !KEPT.includes(field);
      expect(isWithheld(field, state)).toBe(refused);
      const errors = withheldFieldErrors(state, { [field]: given[field] }, null);
      expect(errors).toStrictEqual(refused ? { [field]: NOT_COLLECTED_BEFORE_CONSENT } : null);
    });
  });

  it('refuses nothing of an adult, and nothing empty of a child', () => {
    expect(withheldFieldErrors('adult', given, null)).toBeNull();
    expect(withheldFieldErrors('without_consent', minimised(given), null)).toBeNull();
    expect(withheldFieldErrors('without_consent', { ...given, phone: '', school: null, newsletter: false, id_type: null, id_number: undefined, address: '' }, null)).toBeNull();
  });

  it('lets an edit send back unchanged what is already held, and refuses a change of it', () => {
    const before = { ...minimised(given), school: 'Al Sahwa School' };
    expect(withheldFieldErrors('without_consent', { ...before, full_name: 'Noor bint Said' }, before)).toBeNull();
    expect(withheldFieldErrors('without_consent', { ...before, school: 'Another School' }, before)).toStrictEqual({ school: NOT_COLLECTED_BEFORE_CONSENT });
  });
});
