import { Hono, type Context } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { actor, authorize } from '../auth/authorize';
import { getRecord } from '../db/records';
import { authorityReferrals } from '../../src/domain/authorityReferrals';
import { consentRequests } from '../../src/domain/consentRequests';
import { customers } from '../../src/domain/customers';
import { recordIdParam } from './recordIdParam';
import { invalidFields, jsonBody } from './requestBody';
import { loadSettings } from '../settings/settingsStore';
import { consentChildRefusal } from '../../src/domain/childRegistration';
import { muscatDay } from '../../src/domain/businessDays';
import { SENSITIVE_CUSTOMER_FIELDS } from '../../src/domain/masking';
import { childDataRequestSchema } from '../../src/domain/revealRequest';

const attachment = (c: Context, name: string) => c.header('Content-Disposition', `attachment; filename="${name}"`);

/** Downloads of personal data that a workflow produces, each role-limited and audited as an export. */
export function workflowDownloadRoutes(db: Database) {
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
      const request = await getRecord(tx, consentRequests, id);
      const child = await getRecord(tx, customers, Number(request.customer_id));
      const refusal = consentChildRefusal(child, muscatDay(new Date(request.created_at as string)), (await loadSettings(tx)).child_age);
      if (refusal) throw new ApiError(409, `This consent request does not name a child whose data a parent may review: ${refusal}`);
      const requests = await tx.query(`SELECT ${consentRequests.fields.join(', ')} FROM consent_requests WHERE customer_id = $1 ORDER BY id`, [child.id]);
      await appendAudit(tx, {
        ...actor(c),
        action: 'reveal',
        resource: 'customers',
        recordId: Number(child.id),
        fields: [...SENSITIVE_CUSTOMER_FIELDS],
        reason: `${parsed.data.reason} (parent review, consent request #${id})`,
      });
      return { exported_at: new Date().toISOString(), child, consent_requests: requests };
    });
    attachment(c, `child-${data.child.id}-data.json`);
    return c.json(data);
  });
  return app;
}
