import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { Role } from '../../src/domain/roles';
import type { AuditAction } from '../../src/domain/auditLog';
import { redactCardNumbers } from '../../src/domain/cardNumber';


export interface AuditEvent {
  /** who acted: a signed-in staff member (the audit log needs no more of them than this) */
  staff: { id: number; username: string; role: Role } | null;
  /** the name typed on a failed sign-in, when there is no staff member to name */
  username?: string;
  action: AuditAction;
  resource?: string;
  recordId?: string | number;
  fields?: readonly string[];
  reason?: string;
  address?: string;
}

const GENESIS = '0'.repeat(64);
// Every append takes this lock, so two servers on one PostgreSQL never fork the chain.
const AUDIT_LOCK = 72_002;

// The hashed content, in a fixed order: verification recomputes it from the stored row.
const CHAINED = ['at', 'staff_id', 'staff_username', 'role', 'action', 'resource', 'record_id', 'fields', 'reason', 'address'] as const;
type ChainedRow = Record<(typeof CHAINED)[number], unknown>;

function entryHash(prevHash: string, row: ChainedRow): string {
  const content = JSON.stringify(CHAINED.map((k) => (k === 'at' ? new Date(row.at as string).toISOString() : (row[k] ?? null))));
  return createHash('sha256').update(prevHash).update(content).digest('hex');
}

// The log is kept for good and cannot be corrected, so a card number must never reach it. The inputs
// that feed it refuse card numbers first (with a 400 the user can act on); this is the last line.
const keepable = (text: string | null | undefined) => (text == null ? null : redactCardNumbers(text));

/** Appends one entry; call it inside the transaction of the change it records, so both commit or neither. */
export async function appendAudit(tx: Queryable, event: AuditEvent): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const [last] = await tx.query<{ hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const prevHash = last?.hash ?? GENESIS;
  const row: ChainedRow = {
    at: new Date().toISOString(),
    staff_id: event.staff?.id ?? null,
    staff_username: keepable(event.staff?.username ?? event.username),
    role: event.staff?.role ?? null,
    action: event.action,
    resource: event.resource ?? null,
    record_id: event.recordId === undefined ? null : String(event.recordId),
    fields: event.fields ? [...event.fields] : null,
    reason: keepable(event.reason),
    address: event.address ?? null,
  };
  await tx.query(
    `INSERT INTO audit_log (${CHAINED.join(', ')}, prev_hash, hash) VALUES (${CHAINED.map((_, i) => `$${i + 1}`).join(', ')}, $11, $12)`,
    [...CHAINED.map((k) => (k === 'fields' && row.fields ? JSON.stringify(row.fields) : row[k])), prevHash, entryHash(prevHash, row)],
  );
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  /** the first entry whose hash or link does not match, when the chain is broken */
  firstBrokenId?: number;
}

/** Recomputes the whole chain, a batch at a time. */
export async function verifyAuditChain(db: Queryable, batch = 5000): Promise<ChainCheck> {
  let prevHash = GENESIS;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.query<ChainedRow & { id: number; prev_hash: string; hash: string }>(
      `SELECT id, ${CHAINED.join(', ')}, prev_hash, hash FROM audit_log WHERE id > $1 ORDER BY id LIMIT ${batch}`,
      [lastId],
    );
    for (const row of rows) {
      if (row.prev_hash !== prevHash || entryHash(prevHash, row) !== row.hash) return { ok: false, checked, firstBrokenId: Number(row.id) };
      prevHash = row.hash;
      lastId = Number(row.id);
      checked += 1;
    }
    if (rows.length < batch) return { ok: true, checked };
  }
}
