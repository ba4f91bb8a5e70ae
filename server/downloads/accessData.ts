import type { Queryable } from '../db/database';
import { getRecord } from '../db/records';
import { ApiError } from '../apiError';
import { customers } from '../../src/domain/customers';
import { consentRequests } from '../../src/domain/consentRequests';
import { deletionTickets } from '../../src/domain/deletionTickets';
import { accessRequests } from '../../src/domain/accessRequests';
import { accessSummary } from '../../src/domain/accessData';

const rowsOf = (tx: Queryable, def: { table: string; fields: readonly string[] }, where: string, params: unknown[]) =>
  tx.query(`SELECT ${def.fields.join(', ')} FROM ${def.table} WHERE ${where} ORDER BY id`, params);

/**
 * Everything the store holds about the customer an access request names, for them (the PDPL's right
 * of access and portability): the record unmasked, the consent requests, deletion tickets and access
 * requests about them, and the mail sent to their address; with a readable summary.
 */
export async function accessDataOf(tx: Queryable, accessRequestId: number) {
  const request = await getRecord(tx, accessRequests, accessRequestId);
  const customer = await getRecord(tx, customers, Number(request.customer_id));
  // erased since the link was sent: there is nothing left to hand over
  if (customer.status === 'erased') throw new ApiError(410, 'The customer was erased');
  const address = customer.email as string | null;
  const data = {
    exported_at: new Date().toISOString(),
    customer,
    consent_requests: await rowsOf(tx, consentRequests, 'customer_id = $1', [customer.id]),
    deletion_tickets: await rowsOf(tx, deletionTickets, 'customer_id = $1', [customer.id]),
    access_requests: await rowsOf(tx, accessRequests, 'customer_id = $1', [customer.id]),
    // what was sent to them and when; the text of each mail is not kept for every kind, its subject is
    mail_sent: address
      ? await tx.query('SELECT kind, subject, status, created_at, sent_at FROM outbox WHERE lower(to_address) = lower($1) ORDER BY id', [address])
      : [],
  };
  return { request, customer, data: { ...data, summary: accessSummary(data) } };
}
