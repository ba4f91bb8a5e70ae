import type { Database, Queryable } from '../db/database';
import { queueMail } from '../mail/outbox';
import { loadHolidays } from '../calendar/holidayCalendar';
import { businessDaysFrom } from '../../src/domain/businessDays';
import { reminderDue, type ReminderKind } from '../../src/domain/reminders';
import { OPEN_TICKET_STATUSES } from '../../src/domain/deletionWorkflow';

type OpenTicket = { id: number; assignee: string | null; due_at: Date | string; due_rule: string | null; reminded_due_soon_at: Date | null; reminded_overdue_at: Date | null };

const muscat = (d: Date) => d.toLocaleString('en-GB', { timeZone: 'Asia/Muscat', dateStyle: 'full', timeStyle: 'short' });

// The assignee when they have a work address; otherwise everyone who runs deletions and has one.
async function recipients(tx: Queryable, assignee: string | null): Promise<string[]> {
  if (assignee) {
    const [own] = await tx.query<{ email: string }>("SELECT email FROM staff WHERE username = $1 AND NOT disabled AND email IS NOT NULL", [assignee]);
    if (own) return [own.email];
  }
  const all = await tx.query<{ email: string }>("SELECT email FROM staff WHERE role IN ('admin', 'support') AND NOT disabled AND email IS NOT NULL ORDER BY id");
  return all.map((s) => s.email);
}

function reminderMail(kind: ReminderKind, ticket: OpenTicket, link: string) {
  const due = muscat(new Date(ticket.due_at));
  // Staff mail names the ticket, never the requester: the details stay behind the sign-in.
  return kind === 'overdue'
    ? { subject: `Deletion ticket #${ticket.id} is overdue`, text: `Deletion ticket #${ticket.id} was due ${due} (${ticket.due_rule ?? 'due date'}).\n\nOpen it: ${link}` }
    : { subject: `Deletion ticket #${ticket.id} is due ${due}`, text: `Deletion ticket #${ticket.id} is due ${due} (${ticket.due_rule ?? 'due date'}).\n\nOpen it: ${link}` };
}

/**
 * Reminds the staff of open deletion tickets due within the next business day, and of those past
 * due. Tickets are claimed with SKIP LOCKED and marked in the same transaction as their mail, so two
 * server instances send each reminder once, and running it again sends nothing new.
 */
export async function remindDueTickets(db: Database, options: { publicUrl: string; now?: () => Date }): Promise<number> {
  const now = options.now?.() ?? new Date();
  return db.transaction(async (tx) => {
    const holidays = await loadHolidays(tx);
    const tickets = await tx.query<OpenTicket>(
      `SELECT id, assignee, due_at, due_rule, reminded_due_soon_at, reminded_overdue_at FROM deletion_tickets
       WHERE status = ANY($2) AND reminded_overdue_at IS NULL AND due_at <= $1
       ORDER BY due_at, id LIMIT 200 FOR UPDATE SKIP LOCKED`,
      [businessDaysFrom(now, 1, holidays).toISOString(), OPEN_TICKET_STATUSES],
    );
    let sent = 0;
    for (const ticket of tickets) {
      const kind = reminderDue(ticket, now, holidays);
      if (!kind) continue;
      const mail = reminderMail(kind, ticket, `${options.publicUrl}/#/deletion-tickets/${ticket.id}/show`);
      for (const to of await recipients(tx, ticket.assignee)) {
        await queueMail(tx, { ...mail, to, kind: 'due_reminder', resource: 'deletion-tickets', recordId: ticket.id });
      }
      await tx.query(`UPDATE deletion_tickets SET ${kind === 'overdue' ? 'reminded_overdue_at' : 'reminded_due_soon_at'} = $1 WHERE id = $2`, [now.toISOString(), ticket.id]);
      sent += 1;
    }
    return sent;
  });
}
