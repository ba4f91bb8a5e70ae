import { describe, expect, it } from 'vitest';
import { reminderDue } from './reminders';

// Thursday 8 January 2026, 10:00 in Muscat; Sunday 11 January is Accession Day.
const now = new Date('2026-01-08T06:00:00Z');
const holidays = new Set(['2026-01-11']);

describe('deadline reminders', () => {
  it.each([
    ['due later today', '2026-01-08T19:59:59.999Z', {}, 'due_soon'],
    ['due at the end of the next business day (Monday, after the weekend and the holiday)', '2026-01-12T19:59:59.999Z', {}, 'due_soon'],
    ['due the business day after that', '2026-01-13T19:59:59.999Z', {}, null],
    ['already reminded that it is due soon', '2026-01-12T19:59:59.999Z', { reminded_due_soon_at: '2026-01-08T05:00:00Z' }, null],
    ['past its due date', '2026-01-07T19:59:59.999Z', {}, 'overdue'],
    ['past its due date, reminded as due soon only', '2026-01-07T19:59:59.999Z', { reminded_due_soon_at: '2026-01-06T05:00:00Z' }, 'overdue'],
    ['past its due date, already reminded', '2026-01-07T19:59:59.999Z', { reminded_overdue_at: '2026-01-08T05:00:00Z' }, null],
    ['without a due date', null, {}, null],
  ] as const)('%s', (_name, due_at, reminded, expected) => {
    expect(reminderDue({ due_at, ...reminded }, now, holidays)).toBe(expected);
  });
});
