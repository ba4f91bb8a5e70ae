import type { ResourceDefinition } from './resourceDefinition';
import { defineEnum, defineResourceEnum, type EnumValue } from './enums';

export const AUDIT_ACTION = defineEnum('audit_action', ['sign_in', 'sign_in_failed', 'sign_out', 'create', 'update', 'delete', 'reveal', 'export', 'workflow_step', 'workflow_step_refused', 'unsubscribe', 'service_call']);
export type AuditAction = EnumValue<typeof AUDIT_ACTION>;

/** The resources whose changes and reads the audit log records. */
export const AUDITED_RESOURCE = defineResourceEnum(['customers', 'consent-requests', 'deletion-tickets', 'access-requests', 'correction-requests', 'authority-referrals', 'breach-incidents', 'staff', 'holidays', 'settings', 'service-keys']);
export type AuditedResource = EnumValue<typeof AUDITED_RESOURCE>;

// Read-only through the API: no schemas, so nothing can be written; the database refuses changes too.
export const auditLog: ResourceDefinition = {
  name: 'audit-log',
  table: 'audit_log',
  fields: ['id', 'at', 'staff_id', 'staff_username', 'role', 'action', 'resource', 'record_id', 'fields', 'reason', 'address', 'prev_hash', 'hash'],
  sortable: ['id', 'at'],
  searchable: ['staff_username', 'reason'],
  filters: {
    id: { kind: 'id' },
    staff_id: { kind: 'id' },
    // the record's id, e.g. a customer's with resource=customers: "everything done to this customer"
    record_id: { kind: 'id' },
    action: { kind: 'enum', enum: AUDIT_ACTION },
    resource: { kind: 'enum', enum: AUDITED_RESOURCE },
  },
  dateRanges: { at: 'timestamp' },
  createDefaults: {},
  deleteRefusal: () => 'The audit log is append-only.',
};

/** A workflow step's audit reason, written by the server: "start_verification: new → verifying_identity". */
export const stepAuditReason = (step: string, from: unknown, to: unknown) => `${step}: ${String(from)} → ${String(to)}`;

/** A refused step's audit reason: the step and why it was refused. */
export const refusedStepAuditReason = (step: string, why: string) => `${step}: ${why}`;

export type StepAuditReason = { step: string; from: string; to: string } | { step: string; refusal: string };

/** A workflow entry's reason read back (the step, and its move or its refusal), so the log can show it in people's words; null for other entries. */
export function readStepAuditReason(action: unknown, reason: unknown): StepAuditReason | null {
  if ((action !== 'workflow_step' && action !== 'workflow_step_refused') || typeof reason !== 'string') return null;
  const match = /^([a-z_]+): ([\s\S]*)$/.exec(reason);
  if (!match) return null;
  const [, step, rest] = match;
  if (action === 'workflow_step_refused') return { step, refusal: rest };
  const move = /^([a-z_]+) → ([a-z_]+)$/.exec(rest);
  return move ? { step, from: move[1], to: move[2] } : null;
}
