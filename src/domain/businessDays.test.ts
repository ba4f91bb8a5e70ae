import { describe, expect, it } from 'vitest';
import { businessDaysFrom, calendarDaysFrom, earliestDeadline, endOfMuscatDay, hoursFrom, isBusinessDay, muscatDay } from './businessDays';

// Expected values are worked out by hand from a calendar: 2026-02-01 is a Sunday, 2026-01-08 a Thursday,
// 2026-03-19 a Thursday, 2026-05-25 a Monday, 2026-11-20 a Friday, 2026-12-31 a Thursday, 2027-01-11 a Monday.
// The end of a Muscat day (UTC+4) is 19:59:59.999Z.
const HOLIDAY_SETS: Record<string, ReadonlySet<string>> = {
  none: new Set(),
  oman: new Set([
    '2026-01-11', // Accession Day, a Sunday
    '2026-01-18', // Isra' and Mi'raj, moved to Sunday
    '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', // Eid al-Fitr, Thursday to Monday
    '2026-05-26', '2026-05-27', '2026-05-28', '2026-05-29', // Eid al-Adha, Tuesday to Friday
    '2026-11-20', '2026-11-21', // National Day, Friday and Saturday
    '2027-01-11', // Accession Day, a Monday
  ]),
  'Thursday holiday': new Set(['2026-02-05']),
  'holidays either side of the weekend': new Set(['2026-02-05', '2026-02-08']),
  'National Day with a Sunday in lieu': new Set(['2026-11-20', '2026-11-21', '2026-11-22']),
};

const businessDayCases: [string, string, number, string, string][] = [
  // each day of a week without holidays, n = 1
  ['Sunday morning', '2026-02-01T06:00:00Z', 1, 'none', '2026-02-02T19:59:59.999Z'],
  ['Monday', '2026-02-02T06:00:00Z', 1, 'none', '2026-02-03T19:59:59.999Z'],
  ['Tuesday', '2026-02-03T06:00:00Z', 1, 'none', '2026-02-04T19:59:59.999Z'],
  ['Wednesday', '2026-02-04T06:00:00Z', 1, 'none', '2026-02-05T19:59:59.999Z'],
  ['Thursday morning', '2026-02-05T06:00:00Z', 1, 'none', '2026-02-08T19:59:59.999Z'],
  ['Friday', '2026-02-06T06:00:00Z', 1, 'none', '2026-02-08T19:59:59.999Z'],
  ['Saturday', '2026-02-07T06:00:00Z', 1, 'none', '2026-02-08T19:59:59.999Z'],
  // the Muscat day, not the UTC day, counts
  ['Thursday 23:30 Muscat', '2026-01-08T19:30:00Z', 1, 'none', '2026-01-11T19:59:59.999Z'],
  ['Thursday 23:30 Muscat, Sunday is Accession Day', '2026-01-08T19:30:00Z', 1, 'oman', '2026-01-12T19:59:59.999Z'],
  ['UTC Thursday that is Friday 01:00 in Muscat', '2026-01-08T21:00:00Z', 1, 'none', '2026-01-11T19:59:59.999Z'],
  ['UTC Thursday that is Friday in Muscat, Sunday a holiday', '2026-01-08T21:00:00Z', 1, 'oman', '2026-01-12T19:59:59.999Z'],
  ['Wednesday 23:59:59 Muscat', '2026-01-07T19:59:59Z', 1, 'none', '2026-01-08T19:59:59.999Z'],
  ['Thursday 00:00 Muscat (Wednesday in UTC)', '2026-01-07T20:00:00Z', 1, 'none', '2026-01-11T19:59:59.999Z'],
  ['UTC Sunday that is Monday 01:30 in Muscat', '2026-02-01T21:30:00Z', 1, 'none', '2026-02-03T19:59:59.999Z'],
  // n = 3 and n = 10 across weekends
  ['Sunday, 3 days', '2026-02-01T06:00:00Z', 3, 'none', '2026-02-04T19:59:59.999Z'],
  ['Tuesday, 3 days', '2026-02-03T06:00:00Z', 3, 'none', '2026-02-08T19:59:59.999Z'],
  ['Thursday, 3 days', '2026-02-05T06:00:00Z', 3, 'none', '2026-02-10T19:59:59.999Z'],
  ['Saturday, 3 days', '2026-02-07T06:00:00Z', 3, 'none', '2026-02-10T19:59:59.999Z'],
  ['Sunday, 10 days', '2026-02-01T06:00:00Z', 10, 'none', '2026-02-15T19:59:59.999Z'],
  ['Thursday, 10 days', '2026-02-05T06:00:00Z', 10, 'none', '2026-02-19T19:59:59.999Z'],
  ['Friday, 10 days', '2026-02-06T06:00:00Z', 10, 'none', '2026-02-19T19:59:59.999Z'],
  // holidays
  ['Thursday before a Sunday holiday', '2026-01-15T06:00:00Z', 1, 'oman', '2026-01-19T19:59:59.999Z'],
  ['Wednesday, 3 days over Accession Day', '2026-01-07T06:00:00Z', 3, 'oman', '2026-01-13T19:59:59.999Z'],
  ['Sunday, 10 days over two holiday Sundays', '2026-01-04T06:00:00Z', 10, 'oman', '2026-01-20T19:59:59.999Z'],
  ['received on a holiday', '2026-01-11T05:00:00Z', 1, 'oman', '2026-01-12T19:59:59.999Z'],
  ['Wednesday before a Thursday holiday', '2026-02-04T06:00:00Z', 1, 'Thursday holiday', '2026-02-08T19:59:59.999Z'],
  ['Wednesday, holidays either side of the weekend', '2026-02-04T06:00:00Z', 1, 'holidays either side of the weekend', '2026-02-09T19:59:59.999Z'],
  ['Wednesday, 2 days, holidays either side of the weekend', '2026-02-04T06:00:00Z', 2, 'holidays either side of the weekend', '2026-02-10T19:59:59.999Z'],
  // Eid stretches
  ['Wednesday before Eid al-Fitr', '2026-03-18T10:00:00Z', 1, 'oman', '2026-03-24T19:59:59.999Z'],
  ['Wednesday before Eid al-Fitr, 3 days', '2026-03-18T10:00:00Z', 3, 'oman', '2026-03-26T19:59:59.999Z'],
  ['Thursday evening during Eid al-Fitr', '2026-03-19T15:00:00Z', 1, 'oman', '2026-03-24T19:59:59.999Z'],
  ['Tuesday, 10 days over Eid al-Fitr', '2026-03-17T06:00:00Z', 10, 'oman', '2026-04-05T19:59:59.999Z'],
  ['Monday before Eid al-Adha', '2026-05-25T06:00:00Z', 1, 'oman', '2026-05-31T19:59:59.999Z'],
  ['Monday before Eid al-Adha, 2 days', '2026-05-25T06:00:00Z', 2, 'oman', '2026-06-01T19:59:59.999Z'],
  // National Day falls on the weekend in 2026; a compensation Sunday would move the date
  ['Thursday before National Day', '2026-11-19T08:00:00Z', 1, 'oman', '2026-11-22T19:59:59.999Z'],
  ['Thursday before National Day, Sunday in lieu', '2026-11-19T08:00:00Z', 1, 'National Day with a Sunday in lieu', '2026-11-23T19:59:59.999Z'],
  // year end
  ['31 December', '2026-12-31T12:00:00Z', 1, 'oman', '2027-01-03T19:59:59.999Z'],
  ['31 December, 3 days', '2026-12-31T12:00:00Z', 3, 'oman', '2027-01-05T19:59:59.999Z'],
  ['31 December, 6 days', '2026-12-31T12:00:00Z', 6, 'oman', '2027-01-10T19:59:59.999Z'],
  ['31 December, 7 days over Accession Day', '2026-12-31T12:00:00Z', 7, 'oman', '2027-01-12T19:59:59.999Z'],
  ['UTC 31 December that is 1 January in Muscat', '2026-12-31T20:30:00Z', 1, 'oman', '2027-01-03T19:59:59.999Z'],
  ['Thursday before Accession Day 2027', '2027-01-07T06:00:00Z', 2, 'oman', '2027-01-12T19:59:59.999Z'],
];

describe('businessDaysFrom', () => {
  it.each(businessDayCases)('%s (%s, %i business days, holidays: %s)', (_label, start, n, holidays, expected) => {
    expect(businessDaysFrom(new Date(start), n, HOLIDAY_SETS[holidays]).toISOString()).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s business days', (n) => {
    expect(() => businessDaysFrom(new Date('2026-02-01T06:00:00Z'), n, HOLIDAY_SETS.none)).toThrow(RangeError);
  });
});

describe('Muscat calendar days', () => {
  it.each([
    ['2026-01-08T19:30:00Z', '2026-01-08'],
    ['2026-01-08T20:00:00Z', '2026-01-09'],
    ['2026-01-08T00:00:00Z', '2026-01-08'],
    ['2025-12-31T19:59:59.999Z', '2025-12-31'],
    ['2026-12-31T20:00:00Z', '2027-01-01'],
  ])('%s falls on %s in Muscat', (moment, day) => {
    expect(muscatDay(new Date(moment))).toBe(day);
  });

  it.each([
    ['2026-01-08', '2026-01-08T19:59:59.999Z'],
    ['2028-02-29', '2028-02-29T19:59:59.999Z'],
    ['2026-12-31', '2026-12-31T19:59:59.999Z'],
  ])('%s ends at %s', (day, end) => {
    expect(endOfMuscatDay(day).toISOString()).toBe(end);
  });

  it.each(['2026-02-30', '2026-1-8', '08/01/2026', ''])('refuses %j as a day', (day) => {
    expect(() => endOfMuscatDay(day)).toThrow(RangeError);
    expect(() => isBusinessDay(day, HOLIDAY_SETS.none)).toThrow(RangeError);
  });

  it.each([
    ['2026-02-01', 'none', true],
    ['2026-02-02', 'none', true],
    ['2026-02-03', 'none', true],
    ['2026-02-04', 'none', true],
    ['2026-02-05', 'none', true],
    ['2026-02-06', 'none', false],
    ['2026-02-07', 'none', false],
    ['2026-02-05', 'Thursday holiday', false],
    ['2026-01-11', 'oman', false],
  ])('%s with holidays %s is a business day: %s', (day, holidays, expected) => {
    expect(isBusinessDay(day, HOLIDAY_SETS[holidays])).toBe(expected);
  });
});

describe('calendarDaysFrom', () => {
  it.each([
    ['Thursday 23:30 Muscat, 30 days', '2026-01-08T19:30:00Z', 30, '2026-02-07T19:59:59.999Z'],
    ['Friday 00:00 Muscat, 30 days', '2026-01-08T20:00:00Z', 30, '2026-02-08T19:59:59.999Z'],
    ['across a short February', '2026-02-15T06:00:00Z', 14, '2026-03-01T19:59:59.999Z'],
    ['across a leap February', '2028-02-15T06:00:00Z', 14, '2028-02-29T19:59:59.999Z'],
    ['45 days over the year end', '2026-12-20T10:00:00Z', 45, '2027-02-03T19:59:59.999Z'],
    ['1 day, ending on a Friday', '2026-02-05T10:00:00Z', 1, '2026-02-06T19:59:59.999Z'],
    ['0 days: the end of that day', '2026-01-08T10:00:00Z', 0, '2026-01-08T19:59:59.999Z'],
  ])('%s', (_label, start, n, expected) => {
    expect(calendarDaysFrom(new Date(start), n).toISOString()).toBe(expected);
  });

  it.each([-1, 2.5, Number.NaN])('refuses %s days', (n) => {
    expect(() => calendarDaysFrom(new Date('2026-01-08T10:00:00Z'), n)).toThrow(RangeError);
  });
});

describe('hoursFrom', () => {
  it.each([
    ['2026-01-08T19:30:00Z', 72, '2026-01-11T19:30:00.000Z'],
    ['2026-11-19T22:15:00Z', 1, '2026-11-19T23:15:00.000Z'],
    ['2026-03-08T01:00:00Z', 24, '2026-03-09T01:00:00.000Z'],
    ['2026-01-08T19:30:00Z', 0, '2026-01-08T19:30:00.000Z'],
  ])('%s plus %i hours is %s', (start, n, expected) => {
    expect(hoursFrom(new Date(start), n).toISOString()).toBe(expected);
  });

  it('refuses negative hours', () => {
    expect(() => hoursFrom(new Date('2026-01-08T19:30:00Z'), -1)).toThrow(RangeError);
  });
});

describe('earliestDeadline', () => {
  const at = (iso: string, rule: string) => ({ rule, description: rule, due: new Date(iso) });

  it('picks the deadline that falls first', () => {
    const deadlines = [at('2026-02-08T19:59:59.999Z', 'policy'), at('2026-02-04T10:00:00.000Z', 'pdpl.72_hours'), at('2026-02-19T19:59:59.999Z', 'policy.email')];
    expect(earliestDeadline(deadlines).rule).toBe('pdpl.72_hours');
  });

  it('keeps the first listed on a tie', () => {
    expect(earliestDeadline([at('2026-02-08T19:59:59.999Z', 'a'), at('2026-02-08T19:59:59.999Z', 'b')]).rule).toBe('a');
  });

  it('refuses an empty list', () => {
    expect(() => earliestDeadline([])).toThrow(RangeError);
  });
});

describe('what a wrong input is told', () => {
  it('names the day that is not a calendar day', () => {
    expect(() => endOfMuscatDay('2026-02-30')).toThrow(new RangeError('Not a calendar day (YYYY-MM-DD): 2026-02-30'));
    // the year 0 reads back as 0001: not a day anyone means
    expect(() => endOfMuscatDay('0000-01-01')).toThrow(new RangeError('Not a calendar day (YYYY-MM-DD): 0000-01-01'));
  });

  it('names the count that is not a whole number of days', () => {
    const start = new Date('2026-02-01T06:00:00Z');
    expect(() => businessDaysFrom(start, 0, new Set())).toThrow(new RangeError('The number of business days must be a whole number of at least 1, not 0'));
    expect(() => calendarDaysFrom(start, 1.5)).toThrow(new RangeError('The number of days must be a whole number of at least 0, not 1.5'));
    expect(() => hoursFrom(start, -2)).toThrow(new RangeError('The number of hours must be at least 0, not -2'));
    expect(() => hoursFrom(start, Number.NaN)).toThrow(new RangeError('The number of hours must be at least 0, not NaN'));
  });

  it('refuses a moment that is not one', () => {
    expect(() => muscatDay(new Date(Number.NaN))).toThrow(new RangeError('Not a valid moment'));
    expect(() => hoursFrom(new Date(Number.NaN), 1)).toThrow(new RangeError('Not a valid moment'));
  });

  it('says when no deadline applies', () => {
    expect(() => earliestDeadline([])).toThrow(new RangeError('No deadline applies'));
  });
});
