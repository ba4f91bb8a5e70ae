import type { ResourceDefinition } from './resourceDefinition';
import { defineResourceEnum } from './enums';
import { canAccess, type Role } from './roles';
import { roleMayNot } from './apiMessages';
import type { ListQuery } from './listQuery';

/** One step of a workflow, as the record's timeline shows it. */
export interface WorkflowHistoryEntry {
  id: number;
  resource: string;
  record_id: number;
  step: string;
  from_status: string;
  to_status: string;
  actor: string;
  role: string;
  note: string | null;
  at: string;
}

const HISTORY_RESOURCE = defineResourceEnum(['consent-requests', 'deletion-tickets', 'access-requests', 'correction-requests', 'authority-referrals', 'breach-incidents']);

/** The workflows whose history `role` may read: those whose records it may open (support never sees a breach's). */
const readableBy = (role: Role) => HISTORY_RESOURCE.values.filter((r) => canAccess(role, 'show', r));

function narrowHistory(role: Role, query: ListQuery): { ok: true; value: ListQuery } | { ok: false; message: string } {
  const readable: readonly unknown[] = readableBy(role);
  const asked = query.equals.resource;
  const refused = asked?.find((r) => !readable.includes(r));
  if (refused !== undefined) return { ok: false, message: roleMayNot(role, 'show', String(refused)) };
  if (asked || readable.length === HISTORY_RESOURCE.values.length) return { ok: true, value: query };
  return { ok: true, value: { ...query, equals: { ...query.equals, resource: [...readableBy(role)] } } };
}

// Written only by the workflow steps; read-only through the API.
export const workflowHistory: ResourceDefinition = {
  name: 'workflow-history',
  table: 'workflow_history',
  fields: ['id', 'resource', 'record_id', 'step', 'from_status', 'to_status', 'actor', 'role', 'note', 'at'],
  sortable: ['id', 'at'],
  searchable: ['actor', 'note'],
  filters: {
    id: { kind: 'id' },
    record_id: { kind: 'id' },
    resource: { kind: 'enum', enum: HISTORY_RESOURCE },
  },
  dateRanges: { at: 'timestamp' },
  createDefaults: {},
  deleteRefusal: () => 'A workflow’s history is kept as it happened.',
  narrowList: narrowHistory,
  showRefusal: (role, entry) => (readableBy(role).some((r) => r === entry.resource) ? null : roleMayNot(role, 'show', String(entry.resource))),
};
