import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { registerAdult, registerChild, step } from '../testing/workflows';
import { expireUnansweredConsents } from './consentExpiry';
import { WRONG_CODE } from '../../src/domain/deletionWorkflow';

// What a workflow step leaves behind for whoever reads the record's history and the audit log later:
// who took it (a staff member, or the scheduled job), from which status to which, which fields it
// wrote (never their values), and for a refused code the refusal itself, with nothing else changed.
describeOnEachDatabase('what a workflow step records', (suite) => {
  const support = suite.as('support');
  const admin = suite.as('admin');

  const auditOf = async (resource: string, recordId: number) =>
    (await admin.list('audit-log', { filter: { resource, record_id: recordId }, sort: ['id', 'ASC'], range: [0, 99] })).body as Record<string, unknown>[];
  const historyOf = async (resource: string, recordId: number) =>
    (await support.list('workflow-history', { filter: { resource, record_id: recordId }, sort: ['id', 'ASC'] })).body as Record<string, unknown>[];
  const row = async (table: string, id: number) => (await suite.db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];

  async function newTicket(tag: string) {
    const customer = await registerAdult(support, tag);
    const created = await support.create('deletion-tickets', { customer_id: customer.id, requester_name: 'Requester', requester_email: customer.email, channel: 'email', scope: 'account' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as { id: number; version: number };
  }

  it('a staff member’s step: the history names them and both statuses; the audit names the fields written, not the status', async () => {
    const ticket = await newTicket('rec-staff');
    expect((await step(support, 'deletion-tickets', ticket.id, 'start_verification')).status).toBe(200);
    const verified = await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'id_document', note: 'Civil ID seen at the counter' });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);

    const history = await historyOf('deletion-tickets', ticket.id);
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({ step: 'verify_identity', from_status: 'verifying_identity', to_status: 'in_progress', actor: 'test.support', role: 'support', note: 'Civil ID seen at the counter' });

    const steps = (await auditOf('deletion-tickets', ticket.id)).filter((e) => e.action === 'workflow_step');
    expect(steps.map((e) => e.reason)).toEqual(['start_verification: new → verifying_identity', 'verify_identity: verifying_identity → in_progress']);
    const [, verify] = steps;
    expect(verify).toMatchObject({ staff_username: 'test.support', role: 'support', resource: 'deletion-tickets', record_id: String(ticket.id), address: '127.0.0.1' });
    // the plan's fields and the effect's (the code is cleared), without the status
    expect(verify.fields).toEqual(expect.arrayContaining(['identity_method', 'identity_verified_at', 'identity_code_hash', 'identity_code_failures']));
    expect(verify.fields).not.toContain('status');
    expect(JSON.stringify(verify)).not.toContain('Civil ID');
  });

  it('a wrong code is refused with its message, counted and audited as refused, and nothing else changes', async () => {
    const ticket = await newTicket('rec-wrong');
    await step(support, 'deletion-tickets', ticket.id, 'start_verification');
    expect((await step(support, 'deletion-tickets', ticket.id, 'send_identity_code')).status).toBe(200);
    const before = await row('deletion_tickets', ticket.id);
    const historyBefore = await historyOf('deletion-tickets', ticket.id);

    // not delivered, so no code can be right yet
    const wrong = await step(support, 'deletion-tickets', ticket.id, 'verify_identity', { identity_method: 'email_code', code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toBe(WRONG_CODE);
    expect(wrong.body.errors).toEqual({ code: 'Wrong or expired code' });

    const after = await row('deletion_tickets', ticket.id);
    // the try is kept, without a new version: the staff member's open form is not made stale by it
    expect(after).toMatchObject({ status: 'verifying_identity', identity_code_failures: 1, version: before.version, identity_code_hash: before.identity_code_hash, identity_method: null });
    expect(await historyOf('deletion-tickets', ticket.id)).toEqual(historyBefore);
    const [refused] = (await auditOf('deletion-tickets', ticket.id)).filter((e) => e.action === 'workflow_step_refused');
    expect(refused).toMatchObject({ staff_username: 'test.support', role: 'support', fields: ['identity_code_failures'], reason: `verify_identity: ${WRONG_CODE}`, address: '127.0.0.1' });
  });

  it('a step the workflow refuses writes nothing at all: no history, no audit, no new version', async () => {
    const ticket = await newTicket('rec-order');
    const auditBefore = await auditOf('deletion-tickets', ticket.id);
    const refused = await step(support, 'deletion-tickets', ticket.id, 'complete');
    expect(refused.status).toBe(409);
    expect(await historyOf('deletion-tickets', ticket.id)).toEqual([]);
    expect(await auditOf('deletion-tickets', ticket.id)).toEqual(auditBefore);
    expect((await row('deletion_tickets', ticket.id)).version).toBe(ticket.version);
  });

  it('the expiry job’s step is recorded as the system’s, with no staff member', async () => {
    const { request } = await registerChild(support, 'rec-system');
    await suite.db.query(
      "UPDATE consent_requests SET status = 'notice_sent', notice_sent_at = now() - interval '20 days', answer_due_at = now() - interval '1 minute' WHERE id = $1",
      [request.id],
    );
    expect(await expireUnansweredConsents(suite.db, { publicUrl: suite.server.url })).toBe(1);
    const history = await historyOf('consent-requests', request.id);
    expect(history.at(-1)).toMatchObject({ step: 'expire', from_status: 'notice_sent', to_status: 'expired', actor: 'system', role: 'system' });
    const entry = (await auditOf('consent-requests', request.id)).at(-1);
    expect(entry).toMatchObject({ action: 'workflow_step', staff_username: 'system', staff_id: null, role: null, address: null, reason: 'expire: notice_sent → expired' });
    expect(entry!.fields).not.toContain('status');
    expect(entry!.fields).toEqual(expect.arrayContaining(['notice_token_hash']));
  });
});
