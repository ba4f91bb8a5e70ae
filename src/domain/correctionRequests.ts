import { z } from 'zod';
import type { ResourceDefinition } from './resourceDefinition';
import { requiredText, version } from './fields';
import { defineEnum } from './enums';
import { REQUEST_CHANNEL, type RequestChannel } from './deletionTickets';
import { OWN_DATA_REQUEST_COLUMNS, OWN_DATA_REQUEST_SORTABLE, ownDataRequestFields, receivedAt } from './ownDataRequests';
import type { RequestStatus } from './identityVerification';

/** A correction request's states: those of every request about a person's own data (identityVerification.ts). */
export const CORRECTION_STATUS = defineEnum('correction_status', ['new', 'verifying_identity', 'in_progress', 'completed', 'rejected']);
export type CorrectionStatus = RequestStatus;

/** "Fix my data" (PDPL's right to correction): staff correct the customer's record by its usual, audited edit, then record what they changed. */
export interface CorrectionRequest {
  id: number;
  customer_id: number | null;
  requester_name: string;
  requester_email: string;
  channel: RequestChannel;
  /** what the requester says is wrong, in their words */
  requested_correction: string;
  status: CorrectionStatus;
  assignee: string | null;
  notes: string | null;
  rejection_reason: string | null;
  received_at: string;
  due_at: string | null;
  due_rule: string | null;
  identity_method: string | null;
  identity_verified_at: string | null;
  identity_codes_sent: number;
  identity_code_failures: number;
  /** what staff changed, as the requester is told */
  correction_made: string | null;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

const correctionFields = { ...ownDataRequestFields, requested_correction: requiredText(2000, 'multi-line') };

export const correctionRequestCreateSchema = z.object({ ...correctionFields, received_at: receivedAt });
export const correctionRequestUpdateSchema = z.object({ ...correctionFields, version });

export const correctionRequests: ResourceDefinition = {
  name: 'correction-requests',
  table: 'correction_requests',
  fields: [...OWN_DATA_REQUEST_COLUMNS, 'requested_correction', 'correction_made', 'created_at', 'updated_at', 'version'],
  sortable: OWN_DATA_REQUEST_SORTABLE,
  searchable: ['requester_name', 'requester_email'],
  filters: { id: { kind: 'id' }, customer_id: { kind: 'id' }, status: { kind: 'enum', enum: CORRECTION_STATUS }, channel: { kind: 'enum', enum: REQUEST_CHANNEL } },
  dateRanges: { received_at: 'timestamp', due_at: 'timestamp', created_at: 'timestamp' },
  createSchema: correctionRequestCreateSchema,
  updateSchema: correctionRequestUpdateSchema,
  createDefaults: { status: 'new', identity_codes_sent: 0, identity_code_failures: 0 },
  defaultToNow: ['received_at'],
  updateRefusal: (r) => (r.status === 'completed' || r.status === 'rejected' ? `The request is ${String(r.status)}; its record is kept as it ended` : null),
  deleteRefusal: () => 'Correction requests are kept as proof of how each request was answered.',
};
