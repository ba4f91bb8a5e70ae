import type { Queryable } from '../db/database';
import { ApiError } from '../apiError';
import { getRecord } from '../db/records';
import { loadSettings } from '../settings/settingsStore';
import { consentRequests } from '../../src/domain/consentRequests';
import { customers } from '../../src/domain/customers';
import { consentChildRefusal } from '../../src/domain/childRegistration';
import { muscatDay } from '../../src/domain/businessDays';

/** What the store holds about the child a consent request names, for the parent's review: the record unmasked and every consent request about the child. */
export async function childDataOf(tx: Queryable, consentRequestId: number) {
  const request = await getRecord(tx, consentRequests, consentRequestId);
  const child = await getRecord(tx, customers, Number(request.customer_id));
  const refusal = consentChildRefusal(child, muscatDay(new Date(request.created_at as string)), (await loadSettings(tx)).child_age);
  if (refusal) throw new ApiError(409, `This consent request does not name a child whose data a parent may review: ${refusal}`);
  const requests = await tx.query(`SELECT ${consentRequests.fields.join(', ')} FROM consent_requests WHERE customer_id = $1 ORDER BY id`, [child.id]);
  return { request, data: { exported_at: new Date().toISOString(), child, consent_requests: requests } };
}
