import { businessDaysFrom } from './businessDays';

export type ReminderKind = 'due_soon' | 'overdue';

interface RemindableTicket {
  due_at: string | Date | null;
  reminded_due_soon_at?: string | Date | null;
  reminded_overdue_at?: string | Date | null;
}

/**
 * Which reminder an open ticket needs now, if any: once when its due date falls within the next
 * business day, and once when it has passed. Each is sent once.
 */
export function reminderDue(ticket: RemindableTicket, now: Date, holidays: ReadonlySet<string>): ReminderKind | null {
  if (!ticket.due_at) return null;
  const due = new Date(ticket.due_at);
  if (due < now) return ticket.reminded_overdue_at ? null : 'overdue';
  if (due <= businessDaysFrom(now, 1, holidays) && !ticket.reminded_due_soon_at) return 'due_soon';
  return null;
}

/**
 * When staff are reminded of a consent request whose notice has not gone out: once the business day
 * after its registration has ended (a parent who is never told cannot consent, and the window that
 * erases the child's data runs from the registration meanwhile).
 */
export const unsentNoticeReminderAt = (createdAt: string | Date, holidays: ReadonlySet<string>): Date => businessDaysFrom(new Date(createdAt), 1, holidays);
