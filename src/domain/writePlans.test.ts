import { describe, expect, it } from 'vitest';
import { dueDateCorrections, planCreate, planUpdate, type WriteFacts } from './writePlans';
import { DEFAULT_SETTINGS } from './settings';
import { IDENTITY_CHECK_RESTART } from './deletionWorkflow';
import { PARENT_REQUIRED } from './childRegistration';
import { MINIMISATION_REFUSAL, NOT_COLLECTED_BEFORE_CONSENT } from './childMinimisation';

// 2026-10-01 is a Thursday; Sunday 2026-10-04 is the next business day
const facts: WriteFacts = { now: new Date('2026-11-23T08:30:00.000Z'), username: 'sara.support', role: 'support', settings: DEFAULT_SETTINGS, holidays: new Set() };
const PERIOD_RULE = 'Deletion period set in settings: 30 days (PDPL maximum 45)';
const MARKETING_RULE = 'Privacy policy: marketing address removed within 1 business day (CAN-SPAM ceiling 10)';

describe('planCreate', () => {
  it('records who drafted a referral', () => {
    expect(planCreate('authority-referrals', { customer_id: 3, drafted_by: 'someone.else' }, facts)).toStrictEqual({
      ok: true,
      plan: { values: { customer_id: 3, drafted_by: 'sara.support' } },
    });
  });

  it('sets a ticket’s due date from when the request was received, by its scope', () => {
    expect(planCreate('deletion-tickets', { scope: 'account', received_at: '2026-10-01T08:00:00.000Z' }, facts)).toStrictEqual({
      ok: true,
      plan: { values: { scope: 'account', received_at: '2026-10-01T08:00:00.000Z', due_at: '2026-10-31T19:59:59.999Z', due_rule: PERIOD_RULE } },
    });
    expect(planCreate('deletion-tickets', { scope: 'marketing_email', received_at: '2026-10-01T08:00:00.000Z' }, facts)).toMatchObject({
      plan: { values: { due_at: '2026-10-04T19:59:59.999Z', due_rule: MARKETING_RULE } },
    });
  });

  it('counts a ticket received now when no receipt date is given', () => {
    expect(planCreate('deletion-tickets', { scope: 'account', received_at: null }, facts)).toMatchObject({
      plan: { values: { due_at: '2026-12-23T19:59:59.999Z', due_rule: PERIOD_RULE } },
    });
  });

  it('opens a consent request only for a child', () => {
    const values = { customer_id: 3, child_name: 'Noor' };
    // its window opens with it: a notice never sent still ends it, 14 days on (the end of that Muscat day)
    const WINDOW = { answer_due_at: '2026-12-07T19:59:59.999Z' };
    expect(planCreate('consent-requests', values, { ...facts, customer: { status: 'active', birth_date: '2015-03-01' } })).toStrictEqual({ ok: true, plan: { values: { ...values, ...WINDOW } } });
    const refusal = 'A consent request is for a child under 13; this customer is not';
    expect(planCreate('consent-requests', values, { ...facts, customer: { status: 'active', birth_date: '1988-04-12' } })).toStrictEqual({
      ok: false,
      status: 400,
      message: refusal,
      errors: { customer_id: refusal },
    });
    // a missing customer is refused by the reference check, not here
    expect(planCreate('consent-requests', values, { ...facts, customer: null })).toStrictEqual({ ok: true, plan: { values: { ...values, ...WINDOW } } });
  });

  describe('a customer', () => {
    const adult = { full_name: 'Salim Al Harthy', birth_date: '1988-04-12' };
    const child = { full_name: 'Noor Al Balushi', birth_date: '2015-03-01' };

    it('is created as sent when an adult', () => {
      expect(planCreate('customers', adult, facts)).toStrictEqual({ ok: true, plan: { values: adult } });
    });

    it('is created with the consent request a child’s registration opens', () => {
      const planned = planCreate('customers', { ...child, parent_name: 'Hamad', parent_email: 'hamad@example.com' }, facts);
      if (!planned.ok) throw new Error(planned.message);
      expect(planned.plan.values).toStrictEqual(child);
      expect(planned.plan.alongside?.resource).toBe('consent-requests');
      expect(planned.plan.alongside?.values(42)).toStrictEqual({ customer_id: 42, child_name: 'Noor Al Balushi', parent_name: 'Hamad', parent_email: 'hamad@example.com', parent_phone: null, answer_due_at: '2026-12-07T19:59:59.999Z' });
    });

    it('is refused, field by field, what a child may not hold before the parent consents', () => {
      const planned = planCreate('customers', { ...child, school: 'Al Sahwa School', phone: '+96891234567', newsletter: true, address: '', parent_name: 'Hamad', parent_email: 'hamad@example.com' }, facts);
      expect(planned).toStrictEqual({
        ok: false,
        status: 400,
        message: MINIMISATION_REFUSAL,
        errors: { phone: NOT_COLLECTED_BEFORE_CONSENT, school: NOT_COLLECTED_BEFORE_CONSENT, newsletter: NOT_COLLECTED_BEFORE_CONSENT },
      });
      // an adult gives them freely
      expect(planCreate('customers', { ...adult, school: 'Sultan Qaboos University' }, facts)).toMatchObject({ ok: true });
    });

    it('is refused when a child comes without a parent', () => {
      expect(planCreate('customers', child, facts)).toStrictEqual({
        ok: false,
        status: 400,
        message: PARENT_REQUIRED(13),
        errors: { parent_name: 'Required for a child', parent_email: 'Required for a child' },
      });
    });
  });

  it('creates any other resource as sent', () => {
    expect(planCreate('holidays', { day: '2026-11-18', name: 'National Day' }, facts)).toStrictEqual({ ok: true, plan: { values: { day: '2026-11-18', name: 'National Day' } } });
  });
});

describe('planUpdate', () => {
  describe('a child’s record', () => {
    const before = { id: 7, full_name: 'Noor Al Balushi', birth_date: '2015-03-01', school: null, phone: null };
    it('is refused a school until a consent request of the child is granted', () => {
      for (const consentStatuses of [[], ['awaiting_notice'], ['notice_sent'], ['withdrawn'], ['refused', 'awaiting_notice']]) {
        expect(planUpdate('customers', before, { ...before, school: 'Al Sahwa School' }, { ...facts, consentStatuses })).toStrictEqual({
          ok: false,
          status: 400,
          message: MINIMISATION_REFUSAL,
          errors: { school: NOT_COLLECTED_BEFORE_CONSENT },
        });
      }
      expect(planUpdate('customers', before, { ...before, school: 'Al Sahwa School' }, { ...facts, consentStatuses: ['granted'] })).toStrictEqual({ values: { ...before, school: 'Al Sahwa School' } });
    });
    it('keeps what it already holds when sent back unchanged, and lets an adult be edited freely', () => {
      const held = { ...before, school: 'Al Sahwa School' };
      expect(planUpdate('customers', held, { ...held, full_name: 'Noor bint Said Al Balushi' }, facts)).toMatchObject({ values: { school: 'Al Sahwa School' } });
      const adult = { ...before, birth_date: '1990-01-01' };
      expect(planUpdate('customers', adult, { ...adult, phone: '+96891234567' }, facts)).toStrictEqual({ values: { ...adult, phone: '+96891234567' } });
    });
  });

  const ticket = { status: 'new', scope: 'account', customer_id: 3, requester_email: 'a@example.org', received_at: '2026-10-01T08:00:00.000Z' };

  it('leaves other resources’ edits as sent', () => {
    expect(planUpdate('customers', { scope: 'account' }, { scope: 'marketing_email' }, facts)).toStrictEqual({ values: { scope: 'marketing_email' } });
  });

  it('leaves a ticket’s due date alone while its scope stays', () => {
    expect(planUpdate('deletion-tickets', ticket, { scope: 'account', notes: 'called' }, facts)).toStrictEqual({ values: { scope: 'account', notes: 'called' } });
  });

  it('sets the due date again by the new scope, from when the request was received', () => {
    expect(planUpdate('deletion-tickets', ticket, { scope: 'marketing_email' }, facts)).toStrictEqual({
      values: { scope: 'marketing_email', due_at: '2026-10-04T19:59:59.999Z', due_rule: MARKETING_RULE },
    });
  });

  it('sends a ticket back to the identity check when what was verified changes, and says so in its history', () => {
    expect(planUpdate('deletion-tickets', { ...ticket, status: 'in_progress', identity_method: 'phone_callback' }, { scope: 'account', customer_id: 4 }, facts)).toStrictEqual({
      values: { scope: 'account', customer_id: 4, status: 'verifying_identity', identity_method: null, identity_verified_at: null },
      history: { step: IDENTITY_CHECK_RESTART.step, from_status: 'in_progress', to_status: 'verifying_identity', note: IDENTITY_CHECK_RESTART.note },
    });
  });
});

describe('dueDateCorrections', () => {
  const received = '2026-10-01T08:00:00.000Z'; // a Thursday
  const marketing = { scope: 'marketing_email', received_at: received };

  it('moves the open tickets whose due date the holidays change, and only those', () => {
    const holidays = new Set(['2026-10-04']); // the Sunday becomes a holiday
    const tickets = [
      { id: 1, status: 'new', ...marketing, due_at: '2026-10-04T19:59:59.999Z' },
      { id: 2, status: 'verifying_identity', ...marketing, due_at: new Date('2026-10-04T19:59:59.999Z') },
      { id: 3, status: 'completed', ...marketing, due_at: '2026-10-04T19:59:59.999Z' },
      { id: 4, status: 'in_progress', ...marketing, due_at: '2026-10-05T19:59:59.999Z' },
      { id: 5, status: 'rejected', ...marketing, due_at: '2026-10-04T19:59:59.999Z' },
      { id: 6, status: 'in_progress', scope: 'account', received_at: received, due_at: '2026-10-31T19:59:59.999Z' },
    ];
    expect(dueDateCorrections(tickets, { settings: DEFAULT_SETTINGS, holidays })).toStrictEqual([
      { id: 1, due_at: '2026-10-05T19:59:59.999Z', due_rule: MARKETING_RULE },
      { id: 2, due_at: '2026-10-05T19:59:59.999Z', due_rule: MARKETING_RULE },
    ]);
  });

  it('gives an open ticket without a due date one', () => {
    expect(dueDateCorrections([{ id: 7, status: 'new', ...marketing, due_at: null }], { settings: DEFAULT_SETTINGS, holidays: new Set() })).toStrictEqual([
      { id: 7, due_at: '2026-10-04T19:59:59.999Z', due_rule: MARKETING_RULE },
    ]);
  });
});
