import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { actor, authorize } from '../auth/authorize';
import { invalidFields, jsonBody } from './requestBody';
import { loadSettingsRecord } from '../settings/settingsStore';
import { policyUrlRefusal, settingsUpdateSchema } from '../../src/domain/settings';
import { STALE_VERSION } from '../../src/domain/apiMessages';

const FIELDS = ['consent_window_days', 'deletion_period_days', 'child_age', 'privacy_policy_url', 'notice_recipients', 'notice_uses'] as const;

/** The single settings row: read by every role (deadlines depend on it), changed by admins only. */
export function settingsRoutes(db: Database, options: { publicUrl?: string } = {}) {
  const app = new Hono<AppEnv>();

  app.get('/settings', async (c) => {
    authorize(c, 'show', 'settings');
    return c.json(await loadSettingsRecord(db));
  });

  app.put('/settings', async (c) => {
    authorize(c, 'edit', 'settings');
    const body = await jsonBody(c);
    // The form may send back the whole record it read; the server owns updated_at.
    if (body && typeof body === 'object' && !Array.isArray(body)) delete (body as Record<string, unknown>).updated_at;
    const parsed = settingsUpdateSchema.safeParse(body);
    if (!parsed.success) throw invalidFields(parsed.error.issues);
    const { version, ...sent } = parsed.data;
    // the desk as configured, or as this request reached it
    const refusal = policyUrlRefusal(sent.privacy_policy_url ?? '', options.publicUrl ?? new URL(c.req.url).origin);
    if (refusal) throw new ApiError(400, refusal, { privacy_policy_url: refusal });
    const updated = await db.transaction(async (tx) => {
      const before = await loadSettingsRecord(tx, true);
      if (before.version !== version) throw new ApiError(409, STALE_VERSION);
      const values = { ...before, ...sent };
      await tx.query(
        `UPDATE settings SET consent_window_days = $1, deletion_period_days = $2, child_age = $3, privacy_policy_url = $4, notice_recipients = $5, notice_uses = $6,
         updated_at = now(), version = version + 1 WHERE id`,
        [values.consent_window_days, values.deletion_period_days, values.child_age, values.privacy_policy_url, values.notice_recipients, values.notice_uses],
      );
      const changed = FIELDS.filter((f) => before[f] !== values[f]);
      await appendAudit(tx, { ...actor(c), action: 'update', resource: 'settings', fields: changed });
      return loadSettingsRecord(tx);
    });
    return c.json(updated);
  });

  return app;
}
