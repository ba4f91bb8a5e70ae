import { describe, expect, it } from 'vitest';
import { consentChildRefusal, isChildOn, PARENT_REQUIRED, parentContactFields, registerCustomer } from './childRegistration';
import { NO_SUCH_CUSTOMER } from './apiMessages';

const today = '2026-11-23';

describe('who is a child', () => {
  it.each([
    ['born 13 years ago to the day', '2013-11-23', 13, false],
    ['13 tomorrow', '2013-11-24', 13, true],
    ['13 tomorrow, under a child age of 18', '2013-11-24', 18, true],
    ['17 and 364 days, under a child age of 18', '2008-11-24', 18, true],
    ['18 today, under a child age of 18', '2008-11-23', 18, false],
    ['no date of birth', null, 13, false],
    ['an empty date of birth', '', 13, false],
  ])('%s: child %s', (_name, birthDate, childAge, child) => {
    expect(isChildOn(birthDate as string | null, today, childAge as number)).toBe(child);
  });
});

describe('who a consent request may name', () => {
  it.each([
    ['a child', { status: 'active', birth_date: '2015-03-01' }, null],
    ['no customer', null, NO_SUCH_CUSTOMER],
    ['an erased customer', { status: 'erased', birth_date: '2015-03-01' }, 'This customer’s data was erased: there is nothing to ask a parent’s consent for'],
    ['a customer without a date of birth', { status: 'active', birth_date: null }, 'A consent request is for a child: give the customer’s date of birth first (a child is under 13)'],
    ['an adult', { status: 'active', birth_date: '1988-04-12' }, 'A consent request is for a child under 13; this customer is not'],
  ])('%s', (_name, customer, refusal) => {
    expect(consentChildRefusal(customer, today, 13)).toBe(refusal);
  });
});

describe('registering a customer', () => {
  const child = { full_name: 'Noor Al Balushi', username: 'noor.b', email: 'noor@example.com', birth_date: '2015-03-01' };
  const parent = { parent_name: 'Hamad Al Balushi', parent_email: 'hamad@example.com', parent_phone: '+96899887766' };

  it('keeps an adult’s record as sent, without parent details, and opens no consent request', () => {
    const adult = { ...child, birth_date: '1988-04-12' };
    expect(registerCustomer({ ...adult, parent_name: 'Someone', parent_email: null }, today, 13)).toStrictEqual({ ok: true, customer: adult, consent: null });
  });

  it('opens the consent request of a child with the parent’s details, which the customer record does not keep', () => {
    expect(registerCustomer({ ...child, ...parent }, today, 13)).toStrictEqual({
      ok: true,
      customer: child,
      consent: { child_name: 'Noor Al Balushi', ...parent },
    });
    const { parent_phone: _, ...noPhone } = parent;
    expect(registerCustomer({ ...child, ...noPhone }, today, 13)).toMatchObject({ ok: true, consent: { parent_phone: null } });
  });

  it('asks for the parent’s name and e-mail address of a child, naming each missing one', () => {
    expect(registerCustomer(child, today, 13)).toStrictEqual({
      ok: false,
      message: PARENT_REQUIRED(13),
      errors: { parent_name: 'Required for a child', parent_email: 'Required for a child' },
    });
    expect(registerCustomer({ ...child, parent_name: 'Hamad' }, today, 13)).toStrictEqual({
      ok: false,
      message: PARENT_REQUIRED(13),
      errors: { parent_email: 'Required for a child' },
    });
    expect(registerCustomer({ ...child, parent_email: 'hamad@example.com' }, today, 16)).toStrictEqual({
      ok: false,
      message: PARENT_REQUIRED(16),
      errors: { parent_name: 'Required for a child' },
    });
    expect(PARENT_REQUIRED(16)).toBe("The customer is under 16: give a parent's name and e-mail address, so that the parent can be asked for consent");
  });
});

describe('the parent’s e-mail address', () => {
  const email = parentContactFields.parent_email;

  it('reads an empty or blank address as none', () => {
    expect(email.parse('')).toBeNull();
    expect(email.parse('   ')).toBeNull();
    expect(email.parse(undefined)).toBeUndefined();
  });

  it('keeps the address trimmed and in lower case', () => {
    expect(email.parse('  Hamad@Example.COM ')).toBe('hamad@example.com');
  });

  it('refuses what is not an address', () => {
    expect(email.safeParse('hamad.example.com').error?.issues[0].message).toBe('Not a valid e-mail address');
    expect(email.safeParse(42).success).toBe(false);
  });
});
