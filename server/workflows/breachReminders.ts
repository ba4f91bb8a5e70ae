import type { Database, Queryable } from '../db/database';
import { queueMail } from '../mail/outbox';
import { loadHolidays } from '../calendar/holidayCalendar';
import { breachRemindersDue, type BreachReminder } from '../../src/domain/breachReminders';
import type { BreachStatus } from '../../src/domain/breachIncidents';
import { OPEN_BREACH_STATUSES } from '../../src/domain/breachWorkflow';

// what the clocks are read from (breachDeadlines' BreachClockFacts), as the table stores it
type OpenIncident = {
  id: number;
  status: BreachStatus;
  aware_at: Date;
  risk: string | null;
  ministry_sent_at: Date | null;
  site_notice_published_at: Date | null;
  subjects_notified_at: Date | null;
};

const muscat = (d: Date) => d.toLocaleString('en-GB', { timeZone: 'Asia/Muscat', dateStyle: 'full', timeStyle: 'short' });

// Admin runs incidents and legal signs them off (PRODUCT.md's matrix); support sees nothing of them.
async function recipients(tx: Queryable): Promise<string[]> {
  const staff = await tx.query<{ email: string }>("SELECT email FROM staff WHERE role IN ('admin', 'legal') AND NOT disabled AND email IS NOT NULL ORDER BY id");
  return staff.map((s) => s.email);
}

// Staff mail names the incident and the rule, never what happened or to whom: the details stay behind the sign-in.
function reminderMail(id: number, reminder: BreachReminder, link: string) {
  const due = muscat(reminder.due);
  return reminder.kind === 'overdue'
    ? { subject: `Breach incident #${id}: a deadline was missed`, text: `Breach incident #${id} was due ${due} (Muscat time): ${reminder.description}.\n\nOpen it: ${link}` }
    : { subject: `Breach incident #${id}: a deadline is due ${due}`, text: `Breach incident #${id} is due ${due} (Muscat time): ${reminder.description}.\n\nOpen it: ${link}` };
}

/**
 * Mails admin and legal before each open deadline of an open breach incident and when it is missed
 * (src/domain/breachReminders.ts decides which). Each reminder's row in breach_reminders is inserted in
 * the transaction that queues its mail, and the mail is queued only when that insert won: two server
 * instances at once, or a run after a restart, send each reminder once. Returns how many were sent.
 */
export async function remindBreachDeadlines(db: Database, options: { publicUrl: string; now?: () => Date }): Promise<number> {
  const now = options.now?.() ?? new Date();
  // Breaches are rare: the open ones are few, and each gets its own short transaction.
  const open = await db.query<{ id: number }>('SELECT id FROM breach_incidents WHERE status = ANY($1) ORDER BY id', [OPEN_BREACH_STATUSES]);
  let sent = 0;
  for (const { id } of open) {
    sent += await db.transaction(async (tx) => {
      const [incident] = await tx.query<OpenIncident>(
        `SELECT id, status, aware_at, risk, ministry_sent_at, site_notice_published_at, subjects_notified_at FROM breach_incidents WHERE id = $1`,
        [id],
      );
      if (!incident) return 0;
      const already = await tx.query<{ rule: string; kind: string }>('SELECT rule, kind FROM breach_reminders WHERE incident_id = $1', [id]);
      const due = breachRemindersDue(incident, await loadHolidays(tx), now, already);
      if (!due.length) return 0;
      const to = await recipients(tx);
      // nobody to tell yet: left unsent, so the next run tells whoever has an address by then
      if (!to.length) return 0;
      const link = `${options.publicUrl}/#/breach-incidents/${id}/show`;
      let won = 0;
      // always in the same order, so two instances wait on each other rather than deadlock
      for (const reminder of due.sort((a, b) => a.rule.localeCompare(b.rule) || a.kind.localeCompare(b.kind))) {
        const inserted = await tx.query(
          'INSERT INTO breach_reminders (incident_id, rule, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING incident_id',
          [id, reminder.rule, reminder.kind],
        );
        if (!inserted.length) continue;
        const mail = reminderMail(id, reminder, link);
        for (const address of to) await queueMail(tx, { ...mail, to: address, kind: 'due_reminder', resource: 'breach-incidents', recordId: id });
        won += 1;
      }
      return won;
    });
  }
  return sent;
}
