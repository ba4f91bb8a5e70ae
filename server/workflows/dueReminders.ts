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

// What each request is called in a reminder, and where it is: the mail names the request, never the requester.
const REQUESTS = [
  { resource: 'deletion-tickets', table: 'deletion_tickets', label: 'Deletion ticket' },
  { resource: 'access-requests', table: 'access_requests', label: 'Access request' },
  { resource: 'correction-requests', table: 'correction_requests', label: 'Correction request' },
] as const;

function reminderMail(kind: ReminderKind, label: string, ticket: OpenTicket, link: string) {
  const due = muscat(new Date(ticket.due_at));
  return kind === 'overdue'
    ? { subject: `${label} #${ticket.id} is overdue`, text: `${label} #${ticket.id} was due ${due} (${ticket.due_rule ?? 'due date'}).\n\nOpen it: ${link}` }
    : { subject: `${label} #${ticket.id} is due ${due}`, text: `${label} #${ticket.id} is due ${due} (${ticket.due_rule ?? 'due date'}).\n\nOpen it: ${link}` };
}

/**
 * Reminds the staff of open requests (deletion tickets, access and correction requests) due within
 * the next business day, and of those past due. Tickets are claimed with SKIP LOCKED and marked in the same transaction as their mail, so two
 * server instances send each reminder once, and running it again sends nothing new.
 */
export async function remindDueTickets(db: Database, options: { publicUrl: string; now?: () => Date }): Promise<number> {
  const now = options.now?.() ?? new Date();
  let sent = 0;
  for (const request of REQUESTS) {
    sent += await db.transaction(async (tx) => {
      const holidays = await loadHolidays(tx);
      const tickets = await tx.query<OpenTicket>(
        `SELECT id, assignee, due_at, due_rule, reminded_due_soon_at, reminded_overdue_at FROM ${request.table}
         WHERE status = ANY($2) AND reminded_overdue_at IS NULL AND due_at <= $1
         ORDER BY due_at, id LIMIT 200 FOR UPDATE SKIP LOCKED`,
        [businessDaysFrom(now, 1, holidays).toISOString(), OPEN_TICKET_STATUSES],
      );
      let reminded = 0;
      for (const ticket of tickets) {
        const kind = reminderDue(ticket, now, holidays);
        if (!kind) continue;
        const mail = reminderMail(kind, request.label, ticket, `${options.publicUrl}/#/${request.resource}/${ticket.id}/show`);
        for (const to of await recipients(tx, ticket.assignee)) {
          await queueMail(tx, { ...mail, to, kind: 'due_reminder', resource: request.resource, recordId: ticket.id });
        }
        await tx.query(`UPDATE ${request.table} SET ${kind === 'overdue' ? 'reminded_overdue_at' : 'reminded_due_soon_at'} = $1 WHERE id = $2`, [now.toISOString(), ticket.id]);
        reminded += 1;
      }
      return reminded;
    });
  }
  return sent;
}
