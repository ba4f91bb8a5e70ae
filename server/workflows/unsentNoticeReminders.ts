import type { Database } from '../db/database';
import { queueMail } from '../mail/outbox';
import { loadHolidays } from '../calendar/holidayCalendar';
import { unsentNoticeReminderAt } from '../../src/domain/reminders';

type UnsentRequest = { id: number; created_at: Date | string; answer_due_at: Date | string | null; notice_failure: string | null };

const muscat = (d: Date) => d.toLocaleString('en-GB', { timeZone: 'Asia/Muscat', dateStyle: 'full', timeStyle: 'short' });

// Staff mail names the request, never the child or the parent: the details stay behind the sign-in.
function reminderMail(request: UnsentRequest, link: string) {
  const expires = request.answer_due_at ? `\n\nWithout a notice, the request expires and the child's data is deleted on ${muscat(new Date(request.answer_due_at))}.` : '';
  const failure = request.notice_failure ? `\n\nThe last attempt failed: ${request.notice_failure}` : '';
  return {
    subject: `Consent request #${request.id}: the parent's notice has not been sent`,
    text: `Consent request #${request.id} was registered ${muscat(new Date(request.created_at))} and its notice to the parent has not gone out.${failure}${expires}\n\nOpen it: ${link}`,
  };
}

/**
 * Reminds the staff who run consent requests (admins and support with a work address) of each request
 * still waiting for its notice a business day after its registration. Each is claimed with SKIP LOCKED
 * and marked in the same transaction as its mail, so two server instances remind once, and running it
 * again sends nothing new.
 */
export async function remindUnsentNotices(db: Database, options: { publicUrl: string; now?: () => Date }): Promise<number> {
  const now = options.now?.() ?? new Date();
  return db.transaction(async (tx) => {
    const holidays = await loadHolidays(tx);
    // a business day ends at least a day after any registration: only those can be due
    const waiting = await tx.query<UnsentRequest>(
      `SELECT id, created_at, answer_due_at, notice_failure FROM consent_requests
       WHERE status = 'awaiting_notice' AND reminded_unsent_at IS NULL AND created_at < $1
       ORDER BY created_at, id LIMIT 200 FOR UPDATE SKIP LOCKED`,
      [new Date(now.getTime() - 24 * 3600_000).toISOString()],
    );
    const due = waiting.filter((r) => unsentNoticeReminderAt(r.created_at, holidays) < now);
    if (!due.length) return 0;
    const staff = await tx.query<{ email: string }>("SELECT email FROM staff WHERE role IN ('admin', 'support') AND NOT disabled AND email IS NOT NULL ORDER BY id");
    for (const request of due) {
      const mail = reminderMail(request, `${options.publicUrl}/#/consent-requests/${request.id}/show`);
      for (const { email } of staff) await queueMail(tx, { ...mail, to: email, kind: 'due_reminder', resource: 'consent-requests', recordId: request.id });
      await tx.query('UPDATE consent_requests SET reminded_unsent_at = $1 WHERE id = $2', [now.toISOString(), request.id]);
    }
    return due.length;
  });
}
