import { createHash, randomBytes } from 'node:crypto';
import type { Database, Transaction } from '../db/database';
import { addressHash, queueMail, suppressAddress } from '../mail/outbox';
import { appendAudit } from '../audit/auditLog';
import { createRecord } from '../db/records';
import { loadSettings } from '../settings/settingsStore';
import { loadHolidays } from '../calendar/holidayCalendar';
import { ApiError } from '../apiError';
import { findResource } from '../../src/domain/resources';
import { planCreate } from '../../src/domain/writePlans';
import { CONFIRMATION_HOURS, PUBLIC_LIMITS, confirmationMail, ticketForConfirmed, type PublicRequest, type PublicRequestKind } from '../../src/domain/publicRequests';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
// one submission at a time per address and per client, so 200 at once cannot all pass the count
const LIMIT_LOCK = 72_010;

export type Submitted = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Records a request and mails its confirmation link, unless the address or the client asked too often.
 * Whether the address is a customer's is never looked at: every address gets the same answer.
 */
export async function submitPublicRequest(db: Database, request: PublicRequest, client: string, options: { confirmUrl: (token: string) => string; storeName: string }): Promise<Submitted> {
  const hash = await addressHash(db, request.email);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2)), pg_advisory_xact_lock($1, hashtext($3))', [LIMIT_LOCK, hash, client]);
    const windowStart = new Date(Date.now() - PUBLIC_LIMITS.windowMs).toISOString();
    const [counts] = await tx.query<{ address: number; client: number; oldest: Date | null }>(
      `SELECT count(*) FILTER (WHERE address_hash = $1)::int AS address, count(*) FILTER (WHERE client_address = $2)::int AS client,
              min(created_at) AS oldest
       FROM public_requests WHERE created_at > $3 AND (address_hash = $1 OR client_address = $2)`,
      [hash, client, windowStart],
    );
    if (counts.address >= PUBLIC_LIMITS.perAddress || counts.client >= PUBLIC_LIMITS.perClient) {
      const retry = Math.ceil((new Date(counts.oldest!).getTime() + PUBLIC_LIMITS.windowMs - Date.now()) / 1000);
      return { ok: false, retryAfterSeconds: Math.max(1, retry) };
    }
    // addresses of requests never confirmed are not kept past their link
    await tx.query('UPDATE public_requests SET email = NULL, requester_name = NULL, details = NULL WHERE confirmed_at IS NULL AND expires_at < now() AND email IS NOT NULL');
    const token = randomBytes(32).toString('base64url');
    await tx.query(
      `INSERT INTO public_requests (token_hash, kind, email, requester_name, details, address_hash, client_address, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(hours => $8))`,
      [tokenHash(token), request.kind, request.email, request.name, request.details, hash, client, CONFIRMATION_HOURS],
    );
    await queueMail(tx, { ...confirmationMail(request.kind, options.confirmUrl(token), options.storeName), to: request.email, kind: 'request_confirmation', eraseRecipientAfterSend: true });
    return { ok: true };
  });
}

/** The kind of request a confirmation link is for, while it can still be confirmed. */
export async function pendingRequest(db: Database, token: string): Promise<PublicRequestKind | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db.query<{ kind: PublicRequestKind }>('SELECT kind FROM public_requests WHERE token_hash = $1 AND confirmed_at IS NULL AND expires_at > now()', [tokenHash(token)]);
  return row?.kind ?? null;
}

/**
 * Confirms once: opens the deletion ticket (due by the usual rule), and a request to stop marketing
 * mail puts the address on the suppression list at once. Null when the link is unknown, used or expired.
 */
export async function confirmPublicRequest(db: Database, token: string, client: string): Promise<{ kind: PublicRequestKind; opened: { resource: string; id: number } } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  return db.transaction(async (tx) => {
    const [request] = await tx.query<{ id: number; kind: PublicRequestKind; email: string; requester_name: string | null; details: string | null }>(
      'UPDATE public_requests SET confirmed_at = now() WHERE token_hash = $1 AND confirmed_at IS NULL AND expires_at > now() RETURNING id, kind, email, requester_name, details',
      [tokenHash(token)],
    );
    if (!request) return null;
    const opened = await openTicket(tx, request, client);
    if (request.kind === 'stop_marketing') await suppressAddress(tx, request.email, 'public privacy page');
    const link = { 'access-requests': 'access_request_id', 'correction-requests': 'correction_request_id' }[opened.resource] ?? 'ticket_id';
    await tx.query(`UPDATE public_requests SET ${link} = $2, email = NULL, requester_name = NULL, details = NULL WHERE id = $1`, [request.id, opened.id]);
    return { kind: request.kind, opened };
  });
}

async function openTicket(tx: Transaction, request: { kind: PublicRequestKind; email: string; requester_name: string | null; details: string | null }, client: string): Promise<{ resource: string; id: number }> {
  const { resource, values } = ticketForConfirmed(request, new Date());
  const def = findResource(resource)!;
  // the address is proven: the one customer it belongs to, if exactly one, is whom the request is about
  const owners = await tx.query<{ id: number }>("SELECT id FROM customers WHERE lower(email) = $1 AND status = 'active' LIMIT 2", [request.email.toLowerCase()]);
  if (owners.length === 1) Object.assign(values, { customer_id: owners[0].id });
  const facts = { now: new Date(), username: 'web_form', role: 'public', settings: await loadSettings(tx), holidays: await loadHolidays(tx) };
  const decision = planCreate(def.name, values, facts);
  if (!decision.ok) throw new ApiError(decision.status, decision.message, decision.errors);
  const row = await createRecord(tx, def, decision.plan.values);
  await appendAudit(tx, { staff: null, username: 'web_form', action: 'create', resource: def.name, recordId: Number(row.id), fields: Object.keys(values), address: client });
  return { resource: def.name, id: Number(row.id) };
}
