import { describe, expect, it } from 'vitest';
import { EMAIL_RULE, MINISTRY_RULE, SITE_NOTICE_RULE, SUBJECTS_RULE, breachDeadlines, breachDue, nextBreachDeadline } from './breachDeadlines';

// Worked out by hand from a calendar: 2026-11-26 and 2026-12-31 are Thursdays, 2026-03-19 to 23 the
// Eid al-Fitr holiday (Thursday to Monday), 2026-11-20/21 National Day (Friday, Saturday) with Sunday
// the 22nd in lieu, 2027-01-11 (Accession Day) a Monday. Friday and Saturday are the weekend; the
// awareness day never counts. The end of a Muscat day (UTC+4) is 19:59:59.999Z.
const NONE = new Set<string>();
const NATIONAL_DAY = new Set(['2026-11-20', '2026-11-21', '2026-11-22']);
const EID = new Set(['2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23']);
const ACCESSION = new Set(['2027-01-11']);
const BEFORE_ANY = new Date('2026-01-01T00:00:00Z');

type Dues = Partial<Record<string, string>>;
const cases: [string, string, ReadonlySet<string>, string, Dues][] = [
  [
    'Thursday 20:00 Muscat, high risk',
    '2026-11-26T16:00:00Z',
    NONE,
    'high',
    { [MINISTRY_RULE]: '2026-11-29T16:00:00.000Z', [SUBJECTS_RULE]: '2026-11-29T16:00:00.000Z', [SITE_NOTICE_RULE]: '2026-11-29T19:59:59.999Z', [EMAIL_RULE]: '2026-12-07T19:59:59.999Z' },
  ],
  [
    'Thursday 00:30 Muscat (Wednesday in UTC), medium risk',
    '2026-11-25T20:30:00Z',
    NONE,
    'medium',
    { [MINISTRY_RULE]: '2026-11-28T20:30:00.000Z', [SITE_NOTICE_RULE]: '2026-11-29T19:59:59.999Z', [EMAIL_RULE]: '2026-12-07T19:59:59.999Z' },
  ],
  [
    'Thursday morning before National Day and its Sunday in lieu',
    '2026-11-19T05:00:00Z',
    NATIONAL_DAY,
    'low',
    { [MINISTRY_RULE]: '2026-11-22T05:00:00.000Z', [SITE_NOTICE_RULE]: '2026-11-23T19:59:59.999Z', [EMAIL_RULE]: '2026-12-01T19:59:59.999Z' },
  ],
  [
    'Wednesday before Eid al-Fitr, risk not yet assessed',
    '2026-03-18T06:00:00Z',
    EID,
    '',
    { [MINISTRY_RULE]: '2026-03-21T06:00:00.000Z', [SITE_NOTICE_RULE]: '2026-03-24T19:59:59.999Z', [EMAIL_RULE]: '2026-04-01T19:59:59.999Z' },
  ],
  [
    'Thursday 20:00 Muscat on New Year’s Eve, Accession Day ahead, high risk',
    '2026-12-31T16:00:00Z',
    ACCESSION,
    'high',
    { [MINISTRY_RULE]: '2027-01-03T16:00:00.000Z', [SUBJECTS_RULE]: '2027-01-03T16:00:00.000Z', [SITE_NOTICE_RULE]: '2027-01-03T19:59:59.999Z', [EMAIL_RULE]: '2027-01-12T19:59:59.999Z' },
  ],
  [
    'Wednesday 23:30 Muscat, the day before New Year’s Eve',
    '2026-12-30T19:30:00Z',
    ACCESSION,
    'low',
    { [MINISTRY_RULE]: '2027-01-02T19:30:00.000Z', [SITE_NOTICE_RULE]: '2026-12-31T19:59:59.999Z', [EMAIL_RULE]: '2027-01-10T19:59:59.999Z' },
  ],
];

describe('the clocks of a breach', () => {
  it.each(cases)('%s', (_name, awareAt, holidays, risk, expected) => {
    const clocks = breachDeadlines({ aware_at: awareAt, risk: risk || null }, holidays, BEFORE_ANY);
    expect(Object.fromEntries(clocks.map((c) => [c.rule, c.due.toISOString()]))).toEqual(expected);
    // nothing done yet: all open, earliest first, none overdue before any is due
    const dues = clocks.map((c) => c.due.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(clocks.every((c) => c.met_at === null && !c.overdue)).toBe(true);
  });

  it('names the rule behind each clock', () => {
    const clocks = breachDeadlines({ aware_at: '2026-11-26T16:00:00Z', risk: 'high' }, NONE, BEFORE_ANY);
    expect(clocks.map((c) => c.description)).toEqual([
      'PDPL Executive Regulation: the Ministry (MTCIT) notified within 72 hours of becoming aware',
      'PDPL Executive Regulation: the people affected notified within 72 hours, as the risk to them is high',
      'Privacy policy: a notice on the store’s site within 1 business day',
      'Privacy policy: the people affected e-mailed within 7 business days',
    ]);
  });

  it('puts the site notice first when a Sunday-morning awareness makes it due before the 72 hours', () => {
    const clocks = breachDeadlines({ aware_at: '2026-11-22T05:00:00Z', risk: 'low' }, NONE, BEFORE_ANY);
    expect(clocks.map((c) => [c.rule, c.due.toISOString()])).toEqual([
      [SITE_NOTICE_RULE, '2026-11-23T19:59:59.999Z'],
      [MINISTRY_RULE, '2026-11-25T05:00:00.000Z'],
      [EMAIL_RULE, '2026-12-01T19:59:59.999Z'],
    ]);
  });

  describe('met, open and overdue', () => {
    const aware = '2026-11-26T16:00:00Z'; // Thursday 20:00 Muscat: Ministry due 2026-11-29T16:00Z, site notice 19:59:59.999Z that day
    const sunday18 = new Date('2026-11-29T14:00:00Z');
    const mondayMorning = new Date('2026-11-30T05:00:00Z');

    it('lists the open clocks first, then the met ones, and says when each was met', () => {
      const clocks = breachDeadlines({ aware_at: aware, risk: 'high', ministry_sent_at: '2026-11-27T09:00:00Z' }, NONE, sunday18);
      expect(clocks.map((c) => [c.rule, c.met_at?.toISOString() ?? null, c.overdue])).toEqual([
        [SUBJECTS_RULE, null, false],
        [SITE_NOTICE_RULE, null, false],
        [EMAIL_RULE, null, false],
        [MINISTRY_RULE, '2026-11-27T09:00:00.000Z', false],
      ]);
      expect(nextBreachDeadline(clocks)?.rule).toBe(SUBJECTS_RULE);
    });

    it('marks overdue an open clock past its due time, and one met too late', () => {
      const clocks = breachDeadlines({ aware_at: aware, risk: 'low', ministry_sent_at: '2026-11-29T16:00:01Z' }, NONE, mondayMorning);
      expect(clocks.map((c) => [c.rule, c.overdue])).toEqual([
        [SITE_NOTICE_RULE, true],
        [EMAIL_RULE, false],
        [MINISTRY_RULE, true],
      ]);
    });

    it('counts a clock met at the very moment it falls due as met in time', () => {
      const [ministry] = breachDeadlines({ aware_at: aware, ministry_sent_at: '2026-11-29T16:00:00Z', site_notice_published_at: '2026-11-29T19:59:59.999Z' }, NONE, mondayMorning).filter(
        (c) => c.rule === MINISTRY_RULE,
      );
      expect(ministry.overdue).toBe(false);
    });

    it('takes the e-mail to every affected person as meeting both the policy’s 7 days and the PDPL’s 72 hours', () => {
      const done = { aware_at: aware, risk: 'high', ministry_sent_at: '2026-11-27T09:00:00Z', site_notice_published_at: '2026-11-27T10:00:00Z', subjects_notified_at: '2026-11-28T08:00:00Z' };
      const clocks = breachDeadlines(done, NONE, mondayMorning);
      expect(clocks.map((c) => [c.rule, c.met_at?.toISOString()])).toEqual([
        [MINISTRY_RULE, '2026-11-27T09:00:00.000Z'],
        [SUBJECTS_RULE, '2026-11-28T08:00:00.000Z'],
        [SITE_NOTICE_RULE, '2026-11-27T10:00:00.000Z'],
        [EMAIL_RULE, '2026-11-28T08:00:00.000Z'],
      ]);
      expect(clocks.some((c) => c.overdue)).toBe(false);
      expect(nextBreachDeadline(clocks)).toBeNull();
    });
  });

  describe('the next deadline the register keeps', () => {
    const aware = '2026-12-31T16:00:00Z'; // Thursday 20:00 Muscat on New Year's Eve, Accession Day ahead
    it.each([
      ['nothing done', {}, '2027-01-03T16:00:00.000Z', 'PDPL Executive Regulation: the Ministry (MTCIT) notified within 72 hours of becoming aware'],
      ['the Ministry notified', { ministry_sent_at: '2027-01-02T08:00:00Z' }, '2027-01-03T19:59:59.999Z', 'Privacy policy: a notice on the store’s site within 1 business day'],
      ['the Ministry notified, the notice published', { ministry_sent_at: '2027-01-02T08:00:00Z', site_notice_published_at: '2027-01-03T05:00:00Z' }, '2027-01-12T19:59:59.999Z', 'Privacy policy: the people affected e-mailed within 7 business days'],
      ['everything done', { ministry_sent_at: '2027-01-02T08:00:00Z', site_notice_published_at: '2027-01-03T05:00:00Z', subjects_notified_at: '2027-01-05T05:00:00Z' }, null, null],
    ])('%s', (_name, done, dueAt, rule) => {
      expect(breachDue({ aware_at: aware, risk: 'low', ...done }, ACCESSION)).toEqual({ due_at: dueAt, due_rule: rule });
    });
  });
});
