import { describe, expect, it } from 'vitest';
import { deletionTicketDeadlines, deletionTicketDue } from './deadlines';
import type { DeletionScope } from './deletionTickets';

// Worked out by hand: 2026-01-08 is a Thursday, 2026-01-11 (Accession Day) a Sunday, 2026-02-01 a Sunday,
// 2026-03-19 to 23 the Eid al-Fitr holiday (Thursday to Monday). The end of a Muscat day is 19:59:59.999Z.
const HOLIDAYS = new Set(['2026-01-11', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23']);
const NONE = new Set<string>();
const MARKETING = 'policy.marketing_email_1_business_day';
const PERIOD = 'settings.deletion_period_days';

const cases: [string, DeletionScope, string, number, ReadonlySet<string>, string, string][] = [
  ['marketing, Thursday 23:30 Muscat, Sunday a holiday', 'marketing_email', '2026-01-08T19:30:00Z', 30, HOLIDAYS, MARKETING, '2026-01-12T19:59:59.999Z'],
  ['marketing, Thursday 23:30 Muscat, no holidays', 'marketing_email', '2026-01-08T19:30:00Z', 30, NONE, MARKETING, '2026-01-11T19:59:59.999Z'],
  ['marketing, UTC Thursday that is Friday in Muscat', 'marketing_email', '2026-01-08T21:00:00Z', 30, NONE, MARKETING, '2026-01-11T19:59:59.999Z'],
  ['marketing, Sunday morning', 'marketing_email', '2026-02-01T06:00:00Z', 45, NONE, MARKETING, '2026-02-02T19:59:59.999Z'],
  ['marketing, on the first day of Eid al-Fitr', 'marketing_email', '2026-03-20T09:00:00Z', 30, HOLIDAYS, MARKETING, '2026-03-24T19:59:59.999Z'],
  ['account, 30 days from Thursday 23:30 Muscat', 'account', '2026-01-08T19:30:00Z', 30, HOLIDAYS, PERIOD, '2026-02-07T19:59:59.999Z'],
  ['account, 30 days from Friday 00:00 Muscat', 'account', '2026-01-08T20:00:00Z', 30, HOLIDAYS, PERIOD, '2026-02-08T19:59:59.999Z'],
  ['account, 1 day, may end on a Friday', 'account', '2026-02-05T10:00:00Z', 1, NONE, PERIOD, '2026-02-06T19:59:59.999Z'],
  ['child data, 45 days over the year end', 'child_data', '2026-12-20T10:00:00Z', 45, NONE, PERIOD, '2027-02-03T19:59:59.999Z'],
  ['child data, 7 days: holidays do not extend calendar days', 'child_data', '2026-03-18T10:00:00Z', 7, HOLIDAYS, PERIOD, '2026-03-25T19:59:59.999Z'],
];

describe('deletion ticket deadlines', () => {
  it.each(cases)('%s', (_label, scope, receivedAt, days, holidays, rule, due) => {
    const deadlines = deletionTicketDeadlines(scope, new Date(receivedAt), { deletion_period_days: days }, holidays);
    expect(deadlines.map((d) => [d.rule, d.due.toISOString()])).toEqual([[rule, due]]);
    const chosen = deletionTicketDue(scope, new Date(receivedAt), { deletion_period_days: days }, holidays);
    expect(chosen).toEqual({ due: new Date(due), rule, description: deadlines[0].description });
  });

  it('names each rule in words', () => {
    const at = new Date('2026-01-08T19:30:00Z');
    expect(deletionTicketDue('marketing_email', at, { deletion_period_days: 30 }, NONE).description).toBe(
      'Privacy policy: marketing address removed within 1 business day (CAN-SPAM ceiling 10)',
    );
    expect(deletionTicketDue('account', at, { deletion_period_days: 21 }, NONE).description).toBe('Deletion period set in settings: 21 days (PDPL maximum 45)');
  });
});
