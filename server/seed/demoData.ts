import type { Customer } from '../../src/domain/customers';
import type { ConsentRequest } from '../../src/domain/consentRequests';
import type { DeletionTicket } from '../../src/domain/deletionTickets';
import type { AuthorityReferral } from '../../src/domain/authorityReferrals';
import type { BreachIncident } from '../../src/domain/breachIncidents';
import { buildDemoBreaches } from './demoBreaches';
import { CONSENT_STATUSES, VERIFICATION_METHODS } from '../../src/domain/consentRequests';
import { DELETION_SCOPES, DELETION_STATUSES, REQUEST_CHANNELS } from '../../src/domain/deletionTickets';
import { DISCLOSABLE_FIELDS, REFERRAL_ACTIVITIES, REFERRAL_STATUSES } from '../../src/domain/authorityReferrals';
import { AUTHORITIES, FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES, PLACES, RESIDENT_NAMES, SCHOOLS } from './omaniNames';
import { seededRandom, type Random } from './random';
import { consentGranted, minimised } from '../../src/domain/childMinimisation';

type Omit3<T> = Omit<T, 'version'>;
export interface DemoData {
  customers: Omit3<Customer>[];
  consentRequests: Omit3<ConsentRequest>[];
  deletionTickets: Omit3<DeletionTicket>[];
  authorityReferrals: Omit3<AuthorityReferral>[];
  breachIncidents: Omit3<BreachIncident>[];
}

const DAY = 24 * 60 * 60 * 1000;
const slug = (latin: string) => latin.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '');
const MAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];

function isoDay(ms: number) {
  return new Date(ms).toISOString().slice(0, 10);
}

function omaniMobile(r: Random) {
  return `+968${r.pick(['9', '7'])}${r.digits(7)}`;
}

interface Person {
  latin: string;
  arabic: string;
  first: string;
  family: string;
}

function omaniPerson(r: Random, female: boolean, family = r.pick(FAMILY_NAMES)): Person {
  const first = r.pick(female ? FEMALE_NAMES : MALE_NAMES);
  const father = r.pick(MALE_NAMES);
  return {
    latin: `${first[0]} ${female ? 'bint' : 'bin'} ${father[0]} ${family[0]}`,
    arabic: `${first[1]} ${female ? 'بنت' : 'بن'} ${father[1]} ${family[1]}`,
    first: first[0],
    family: family[0],
  };
}

function address(r: Random, arabic: boolean) {
  const [area, wilayat, governorate] = r.pick(PLACES);
  const way = r.int(1000, 9999);
  const house = r.int(1, 400);
  return arabic
    ? `سكة ${way}، منزل ${house}، ${area[1]}، ${wilayat[1]}، ${governorate[1]}`
    : `Way ${way}, House ${house}, ${area[0]}, ${wilayat[0]}, ${governorate[0]}`;
}

/** Realistic, reproducible demo data relative to `now`: every status of every workflow occurs. */
export function buildDemoData(customerCount = 300, now = new Date(), seed = 968): DemoData {
  const r = seededRandom(seed);
  const nowMs = now.getTime();
  const customers: Omit3<Customer>[] = [];
  const usernames = new Set<string>();
  const childIds: number[] = [];

  for (let id = 1; id <= customerCount; id++) {
    const resident = r.chance(0.15);
    const isChild = !resident && r.chance(0.12);
    const female = r.chance(0.5);
    const person: Person = resident
      ? (() => {
          const name = r.pick(RESIDENT_NAMES);
          return { latin: name, arabic: name, first: name.split(' ')[0], family: name.split(' ').slice(1).join(' ') };
        })()
      : omaniPerson(r, female);
    const useArabic = !resident && r.chance(0.4);
    let username = `${slug(person.first)}.${slug(person.family)}`;
    while (usernames.has(username)) username = `${slug(person.first)}.${slug(person.family)}${r.int(1, 999)}`;
    usernames.add(username);
    const ageYears = isChild ? r.int(6, 12) : r.int(18, 70);
    const created = nowMs - r.int(1, 730) * DAY - r.int(0, DAY - 1);
    const updated = Math.min(nowMs, created + r.int(0, 200) * DAY);
    customers.push({
      id,
      full_name: useArabic ? person.arabic : person.latin,
      username,
      email: `${username}@${r.pick(MAIL_DOMAINS)}`,
      phone: isChild && r.chance(0.7) ? null : omaniMobile(r),
      birth_date: isoDay(nowMs - ageYears * 365.25 * DAY - r.int(0, 364) * DAY),
      id_type: resident ? 'residence_card' : isChild && r.chance(0.5) ? null : 'national_id',
      id_number: resident ? r.digits(9) : isChild && r.chance(0.5) ? null : r.digits(8),
      address: isChild ? null : address(r, useArabic),
      school: isChild ? r.pick(SCHOOLS) : null,
      newsletter: r.chance(0.35),
      recovery_question_set: r.chance(0.6),
      status: 'active',
      created_at: new Date(created).toISOString(),
      updated_at: new Date(updated).toISOString(),
    });
    if (isChild) {
      customers[customers.length - 1].id_type = customers[customers.length - 1].id_number ? 'national_id' : null;
      childIds.push(id);
    }
  }

  const consentRequests: Omit3<ConsentRequest>[] = childIds.map((customerId, i) => {
    const child = customers[customerId - 1];
    const status = CONSENT_STATUSES[i % CONSENT_STATUSES.length];
    // a request still waiting for its notice was registered within its window (it runs from the
    // registration), or the expiry job would close it in the demo's first minute; some are past a
    // business day, so the unsent-notice reminder has something to say
    if (status === 'awaiting_notice') {
      const registered = nowMs - (i % 10) * DAY - 3 * 3600_000;
      child.created_at = new Date(registered).toISOString();
      child.updated_at = child.created_at;
    }
    const created = Date.parse(child.created_at);
    const sent = status === 'awaiting_notice' ? null : created + r.int(0, 2) * DAY;
    // A request still awaiting the parent's answer is inside its 14-day window, or the expiry job would
    // close it in the demo's first minute.
    const noticeSent = status === 'notice_sent' && sent !== null ? Math.max(sent, nowMs - 10 * DAY) : sent;
    const decided = ['granted', 'refused', 'expired', 'withdrawn'].includes(status) && noticeSent ? noticeSent + r.int(1, 13) * DAY : null;
    const family = (child.full_name ?? '').split(' ').slice(-2).join(' ');
    const parent = omaniPerson(r, r.chance(0.5));
    const parentName = child.full_name && /[\u0600-\u06FF]/.test(child.full_name) ? parent.arabic : `${parent.latin.split(' ').slice(0, 3).join(' ')} ${family}`;
    return {
      id: i + 1,
      customer_id: customerId,
      child_name: child.full_name ?? '',
      parent_name: parentName,
      parent_email: `${slug(parent.first)}.parent${customerId}@${r.pick(MAIL_DOMAINS)}`,
      parent_phone: omaniMobile(r),
      status,
      verification_method: status === 'granted' || status === 'withdrawn' ? r.pick(VERIFICATION_METHODS.filter((m) => m !== 'email_plus')) : null,
      third_party_disclosure: status === 'granted' && r.chance(0.3),
      notice_queued_at: noticeSent ? new Date(noticeSent).toISOString() : null,
      notice_failed_at: null,
      notice_failure: null,
      notice_sent_at: noticeSent ? new Date(noticeSent).toISOString() : null,
      answer_due_at: null,
      decided_at: decided ? new Date(Math.min(decided, nowMs)).toISOString() : null,
      contact_erased_at: null,
      created_at: new Date(created).toISOString(),
      updated_at: new Date(Math.min(nowMs, decided ?? noticeSent ?? created)).toISOString(),
    };
  });

  // COPPA data minimisation: a child whose parent has not (or no longer) consented holds only what the
  // notice needs (src/domain/childMinimisation.ts), as the API would have let staff register them
  for (const id of childIds) {
    const statuses = consentRequests.filter((c) => c.customer_id === id).map((c) => c.status);
    if (!consentGranted(statuses)) customers[id - 1] = minimised(customers[id - 1]);
  }

  const adults = customers.filter((c) => !childIds.includes(c.id));
  const deletionTickets: Omit3<DeletionTicket>[] = [];
  // the demo's own staff accounts (server/seed/demoStaff.ts), so every name on a ticket is on the Staff screen
  const staff = ['support', 'support.hilal', 'support.priya', null];
  for (let i = 0; i < 80; i++) {
    const status = DELETION_STATUSES[i % DELETION_STATUSES.length];
    const scope = DELETION_SCOPES[(i >> 1) % DELETION_SCOPES.length];
    const customer = scope === 'child_data' && childIds.length ? customers[r.pick(childIds) - 1] : r.pick(adults);
    const received = nowMs - r.int(0, 60) * DAY - r.int(0, DAY - 1);
    const requester = scope === 'child_data' ? consentRequests.find((c) => c.customer_id === customer.id) : null;
    deletionTickets.push({
      id: i + 1,
      customer_id: scope === 'marketing_email' && r.chance(0.3) ? null : customer.id,
      requester_name: requester?.parent_name ?? customer.full_name ?? '',
      requester_email: requester?.parent_email ?? customer.email ?? '',
      requester_phone: customer.phone,
      channel: r.pick(REQUEST_CHANNELS),
      scope,
      status,
      assignee: status === 'new' ? null : r.pick(staff),
      notes: r.chance(0.4) ? 'Requester asked for written confirmation once done.' : null,
      rejection_reason: status === 'rejected' ? r.pick(['Identity could not be verified after three attempts.', 'Duplicate of an earlier ticket that was completed.']) : null,
      received_at: new Date(received).toISOString(),
      due_at: null,
      due_rule: null,
      identity_method: status === 'in_progress' || status === 'completed' ? (scope === 'child_data' ? 'consent_record' : 'email_code') : null,
      identity_verified_at: status === 'in_progress' || status === 'completed' ? new Date(received + DAY).toISOString() : null,
      identity_codes_sent: status === 'new' || scope === 'child_data' ? 0 : 1,
      identity_code_failures: 0,
      completed_at: status === 'completed' ? new Date(Math.min(nowMs, received + 2 * DAY)).toISOString() : null,
      created_at: new Date(received).toISOString(),
      updated_at: new Date(Math.min(nowMs, received + r.int(0, 5) * DAY)).toISOString(),
    });
  }

  const authorityReferrals: Omit3<AuthorityReferral>[] = [];
  const descriptions: Record<string, string> = {
    fraud: 'Several orders paid with accounts reported as compromised, shipped to addresses that change each time.',
    payment_abuse: 'Repeated chargebacks after delivery confirmed by courier signature.',
    harassment: 'Threatening messages sent to a seller through the store chat over two weeks.',
    prohibited_goods: 'Listings offering goods whose sale is banned in Oman.',
    other: 'Activity reported by another customer that may be unlawful; details attached.',
  };
  for (let i = 0; i < 28; i++) {
    const status = REFERRAL_STATUSES[i % REFERRAL_STATUSES.length];
    const activity = REFERRAL_ACTIVITIES[i % REFERRAL_ACTIVITIES.length];
    const customer = r.pick(adults);
    const proposed = DISCLOSABLE_FIELDS.filter((_field, j) => j < 3 || r.chance(0.4));
    const decided = ['approved', 'changes_requested', 'rejected', 'disclosed', 'closed'].includes(status);
    const created = nowMs - r.int(1, 90) * DAY;
    authorityReferrals.push({
      id: i + 1,
      customer_id: customer.id,
      activity,
      description: descriptions[activity],
      evidence: `Order history and chat transcripts exported on ${isoDay(created)}; case file PD-${2026}-${String(i + 1).padStart(4, '0')}.`,
      authority: r.pick(AUTHORITIES),
      proposed_fields: proposed,
      status,
      legal_opinion: decided ? (status === 'rejected' ? 'The evidence does not show an offence; no disclosure.' : 'Disclosure is lawful and limited to what the authority needs.') : null,
      approved_fields: ['approved', 'disclosed', 'closed'].includes(status) ? proposed.slice(0, Math.max(1, proposed.length - 1)) : null,
      drafted_by: r.pick(['support', 'support.hilal', 'admin']),
      decided_at: decided ? new Date(Math.min(nowMs, created + 3 * DAY)).toISOString() : null,
      disclosed_on: null,
      disclosure_channel: null,
      authority_reference: null,
      disclosure_sha256: null,
      hold_released_at: null,
      created_at: new Date(created).toISOString(),
      updated_at: new Date(Math.min(nowMs, created + r.int(0, 10) * DAY)).toISOString(),
    });
  }

  return { customers, consentRequests, deletionTickets, authorityReferrals, breachIncidents: buildDemoBreaches(nowMs) };
}
