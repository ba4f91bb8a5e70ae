import { Hono, type Context } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { actor, authorize } from '../auth/authorize';
import { getRecord } from '../db/records';
import { authorityReferrals } from '../../src/domain/authorityReferrals';
import { consentRequests } from '../../src/domain/consentRequests';
import { recordIdParam } from './recordIdParam';
import { invalidFields, jsonBody } from './requestBody';
import { SENSITIVE_CUSTOMER_FIELDS } from '../../src/domain/masking';
import { childDataRequestSchema } from '../../src/domain/revealRequest';
import { DATA_LINK_STEP, childDataLinkMail, childDataLinkRefusal } from '../../src/domain/downloadLinks';
import { childDataOf } from '../downloads/childData';
import { createDownloadLink } from '../downloads/links';
import { queueMail } from '../mail/outbox';

const attachment = (c: Context, name: string) => c.header('Content-Disposition', `attachment; filename="${name}"`);

/** Downloads of personal data that a workflow produces, each role-limited and audited as an export. */
export function workflowDownloadRoutes(db: Database, options: { publicUrl?: string } = {}) {
  const app = new Hono<AppEnv>();

  // The frozen package, byte for byte as it was hashed when the disclosure was recorded.
  app.get('/authority-referrals/:id/package', async (c) => {
    authorize(c, 'export', 'authority-referrals');
    const id = recordIdParam(c);
    const text = await db.transaction(async (tx) => {
      await getRecord(tx, authorityReferrals, id);
      const [row] = await tx.query<{ disclosure_package: string | null; disclosure_sha256: string | null }>(
        'SELECT disclosure_package, disclosure_sha256 FROM authority_referrals WHERE id = $1',
        [id],
      );
      if (!row.disclosure_sha256) throw new ApiError(404, 'No disclosure has been recorded for this referral');
      if (!row.disclosure_package) throw new ApiError(410, 'The customer was erased since: only the package’s SHA-256 remains');
      await appendAudit(tx, { ...actor(c), action: 'export', resource: 'authority-referrals', recordId: id, reason: 'disclosure package' });
      return row.disclosure_package;
    });
    attachment(c, `referral-${id}-disclosure.json`);
    return c.body(text, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  // A parent's review: what the store holds about their child, as JSON. It shows every field unmasked,
  // so it is a reveal: only for roles that may reveal, with a reason, audited field by field.
  app.post('/consent-requests/:id/child-data', async (c) => {
    authorize(c, 'reveal', 'customers');
    const id = recordIdParam(c);
    const parsed = childDataRequestSchema.safeParse(await jsonBody(c));
    if (!parsed.success) throw invalidFields(parsed.error.issues);
    const data = await db.transaction(async (tx) => {
      const { data } = await childDataOf(tx, id);
      await appendAudit(tx, {
        ...actor(c),
        action: 'reveal',
        resource: 'customers',
        recordId: Number(data.child.id),
        fields: [...SENSITIVE_CUSTOMER_FIELDS],
        reason: `${parsed.data.reason} (parent review, consent request #${id})`,
      });
      return data;
    });
    attachment(c, `child-${data.child.id}-data.json`);
    return c.json(data);
  });
  // The parent's review without staff holding the file: a link, valid a week and once, mailed to the
  // address of the parent whose consent was recorded (and so verified). Staff see nothing of the data.
  app.post('/consent-requests/:id/child-data-link', async (c) => {
    authorize(c, 'edit', 'consent-requests');
    const id = recordIdParam(c);
    const answer = await db.transaction(async (tx) => {
      const { request, data } = await childDataOf(tx, id);
      const refusal = childDataLinkRefusal(request);
      if (refusal) throw new ApiError(409, refusal);
      const { token, expiresAt } = await createDownloadLink(tx, { purpose: 'child_data', resource: consentRequests.name, recordId: id }, c.var.staff.username);
      const base = options.publicUrl ?? new URL(c.req.url).origin;
      const mail = childDataLinkMail(String(request.child_name ?? data.child.full_name ?? 'your child'), `${base}/downloads/${token}`, expiresAt);
      await queueMail(tx, { ...mail, to: String(request.parent_email), kind: 'data_link', resource: consentRequests.name, recordId: id });
      await tx.query(
        'INSERT INTO workflow_history (resource, record_id, step, from_status, to_status, actor, role, note) VALUES ($1, $2, $3, $4, $4, $5, $6, $7)',
        [consentRequests.name, id, DATA_LINK_STEP, request.status, c.var.staff.username, c.var.staff.role, `Link to the child’s data mailed to the parent, valid until ${expiresAt.toISOString()}`],
      );
      await appendAudit(tx, { ...actor(c), action: 'export', resource: 'customers', recordId: Number(data.child.id), reason: `link mailed to the parent (consent request #${id})` });
      return { expires_at: expiresAt.toISOString() };
    });
    return c.json(answer);
  });
  return app;
}
