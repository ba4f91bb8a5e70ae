import type { ResourceDefinition } from './resourceDefinition';
import { defineResourceEnum } from './enums';

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
    resource: { kind: 'enum', enum: defineResourceEnum(['consent-requests', 'deletion-tickets', 'authority-referrals']) },
  },
  dateRanges: { at: 'timestamp' },
  createDefaults: {},
  deleteRefusal: () => 'A workflow’s history is kept as it happened.',
};
