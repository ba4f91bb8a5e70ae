import type { ResourceDefinition } from './resourceDefinition';
import { defineEnum, defineResourceEnum, type EnumValue } from './enums';

export const AUDIT_ACTION = defineEnum('audit_action', ['sign_in', 'sign_in_failed', 'sign_out', 'create', 'update', 'delete', 'reveal', 'export', 'workflow_step', 'workflow_step_refused']);
export type AuditAction = EnumValue<typeof AUDIT_ACTION>;

/** The resources whose changes and reads the audit log records. */
export const AUDITED_RESOURCE = defineResourceEnum(['customers', 'consent-requests', 'deletion-tickets', 'authority-referrals', 'staff', 'holidays', 'settings']);

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
