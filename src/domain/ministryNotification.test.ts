import { describe, expect, it } from 'vitest';
import { DATA_CATEGORY_LABELS, MINISTRY_NOT_APPROVED, ministryNotification, ministryNotificationFileName, ministryNotificationRefusal, type MinistryIncident } from './ministryNotification';
import { BREACH_DATA_CATEGORY } from './breachIncidents';
import { muscatDateTime } from './muscatTime';
import { en } from '../i18n/en';

const buildIncident = (extra: Partial<MinistryIncident> = {}): MinistryIncident => ({
  id: 7,
  status: 'approved',
  aware_at: '2026-11-19T18:30:00.000Z',
  occurred_at: '2026-11-18T21:05:00.000Z',
  description: 'A courier integration exposed order addresses through a public link.',
  data_categories: ['full_name', 'address', 'phone'],
  containment: 'The link was revoked and the API key rotated.',
  risk: 'high',
  risk_reasoning: 'Addresses with names allow targeted fraud.',
  decided_at: '2026-11-20T06:00:00.000Z',
  ...extra,
});
const store = { name: 'Souq Muscat', contactEmail: 'dpo@souqmuscat.om' };
const now = new Date('2026-11-20T07:15:00.000Z');

describe('the Ministry notification of a breach', () => {
  it('states every fact the regulation asks for, times in Muscat time', () => {
    const text = ministryNotification({ incident: buildIncident(), affected: 1250, store, now });
    expect(text.split('\n')).toEqual([
      'NOTIFICATION OF A PERSONAL DATA BREACH',
      '',
      'To: Ministry of Transport, Communications and Information Technology (MTCIT), Sultanate of Oman',
      'Under: the Personal Data Protection Law (Royal Decree 6/2022) and its Executive Regulation',
      'From: Souq Muscat (the controller)',
      'Our reference: breach incident #7',
      'Prepared: 20 November 2026, 11:15 (Muscat time, UTC+4)',
      '',
      '1. Nature of the breach',
      'A courier integration exposed order addresses through a public link.',
      '',
      '2. When',
      'Occurred: 19 November 2026, 01:05 (Muscat time, UTC+4)',
      'The store became aware: 19 November 2026, 22:30 (Muscat time, UTC+4)',
      '',
      '3. Categories of personal data concerned',
      '- Full name',
      '- Residential address',
      '- Phone',
      '',
      '4. Approximate numbers concerned',
      'People affected: 1,250 people',
      'Personal data records concerned: about 3,750 records (3 kinds of data for each person)',
      '',
      '5. Likely consequences',
      'Risk to the people affected: High',
      'Addresses with names allow targeted fraud.',
      '',
      '6. Measures taken',
      'The link was revoked and the API key rotated.',
      '',
      '7. Contact',
      'Souq Muscat, dpo@souqmuscat.om',
      '',
      '8. Legal review',
      'Approved by the store’s legal advisor on 20 November 2026, 10:00 (Muscat time, UTC+4).',
      '',
    ]);
  });

  it('says what is not known rather than leaving a blank', () => {
    const lines = ministryNotification({ incident: buildIncident({ occurred_at: null, containment: null, risk_reasoning: null, data_categories: ['email'] }), affected: 1, store, now }).split('\n');
    expect(lines).toContain('Occurred: not known');
    expect(lines).toContain('People affected: 1 person');
    expect(lines).toContain('Personal data records concerned: about 1 record (1 kind of data for each person)');
    expect(lines[lines.indexOf('6. Measures taken') + 1]).toBe('None recorded.');
    expect(lines[lines.indexOf('Risk to the people affected: High') + 1]).toBe('');
  });

  it('is refused until the legal advisor approved, and after a request for changes', () => {
    expect(ministryNotificationRefusal({ status: 'awaiting_legal_review', decided_at: null })).toBe(MINISTRY_NOT_APPROVED);
    expect(ministryNotificationRefusal({ status: 'changes_requested', decided_at: '2026-11-20T06:00:00.000Z' })).toBe(MINISTRY_NOT_APPROVED);
    expect(ministryNotificationRefusal({ status: 'awaiting_legal_review', decided_at: '2026-11-20T06:00:00.000Z' })).toBe(MINISTRY_NOT_APPROVED);
    expect(ministryNotificationRefusal({ status: 'approved', decided_at: null })).toBe(MINISTRY_NOT_APPROVED);
    for (const status of ['approved', 'notifying', 'closed'] as const) expect(ministryNotificationRefusal({ status, decided_at: '2026-11-20T06:00:00.000Z' })).toBeNull();
    expect(MINISTRY_NOT_APPROVED).toBe('The legal advisor has not approved the notification yet');
  });

  it('names the file after the incident', () => {
    expect(ministryNotificationFileName(7)).toBe('breach-7-ministry-notification.txt');
  });

  it('labels each kind of data as the desk does', () => {
    const labels = (en.privacy as { enums: { breach_data_category: Record<string, string> } }).enums.breach_data_category;
    for (const category of BREACH_DATA_CATEGORY.values) expect(DATA_CATEGORY_LABELS[category]).toBe(labels[category]);
  });
});

describe('a moment in Muscat time', () => {
  it('is four hours ahead of UTC, across a day and a year end', () => {
    expect(muscatDateTime(new Date('2026-12-31T20:00:00Z'))).toBe('1 January 2027, 00:00');
    expect(muscatDateTime(new Date('2026-11-22T09:05:59Z'))).toBe('22 November 2026, 13:05');
  });
});
