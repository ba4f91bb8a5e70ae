import type { ResourceDefinition } from './resourceDefinition';

export const AUDIT_ACTIONS = ['sign_in', 'sign_in_failed', 'sign_out', 'create', 'update', 'delete', 'reveal', 'export', 'workflow_step', 'workflow_step_refused'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
    action: { kind: 'enum', values: AUDIT_ACTIONS },
    resource: { kind: 'enum', values: ['customers', 'consent-requests', 'deletion-tickets', 'authority-referrals', 'staff', 'holidays', 'settings'] },
  },
  dateRanges: { at: 'timestamp' },
  createDefaults: {},
  deleteRefusal: () => 'The audit log is append-only.',
};
