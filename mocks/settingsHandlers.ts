import { http, HttpResponse } from 'msw';
import { DEFAULT_SETTINGS, policyUrlRefusal, settingsUpdateSchema, type SettingsRecord } from '../src/domain/settings';
import { INVALID_JSON, JSON_REQUIRED, NOT_SIGNED_IN, STALE_VERSION, roleMayNot } from '../src/domain/apiMessages';
import { issuesToErrors } from '../src/domain/writeRequest';
import { canAccess, type Role } from '../src/domain/roles';

const HEADERS = { 'Access-Control-Expose-Headers': 'Content-Range', 'Cache-Control': 'no-store' };
const fail = (status: number, message: string, errors?: Record<string, string>) => HttpResponse.json({ message, ...(errors && { errors }) }, { status, headers: HEADERS });

/** GET and PUT /api/settings as server/routes/settings.ts answers them; `roleOf` is who is signed in now. */
export function settingsHandlers(roleOf: () => Role | undefined, initial: Partial<SettingsRecord> = {}) {
  let settings: SettingsRecord = { ...DEFAULT_SETTINGS, updated_at: '2026-01-01T00:00:00.000Z', version: 1, ...initial };
  const refusal = (action: 'show' | 'edit') => {
    const role = roleOf();
    if (!role) return fail(401, NOT_SIGNED_IN);
    return canAccess(role, action, 'settings') ? null : fail(403, roleMayNot(role, action, 'settings'));
  };
  return [
    http.get('*/api/settings', () => refusal('show') ?? HttpResponse.json(settings, { headers: HEADERS })),
    http.put('*/api/settings', async ({ request }) => {
      const refused = refusal('edit');
      if (refused) return refused;
      if (!(request.headers.get('content-type') ?? '').includes('application/json')) return fail(415, JSON_REQUIRED);
      const body = await request.json().catch(() => undefined);
      if (body === undefined) return fail(400, INVALID_JSON);
      if (body && typeof body === 'object' && !Array.isArray(body)) delete (body as Record<string, unknown>).updated_at;
      const parsed = settingsUpdateSchema.safeParse(body);
      if (!parsed.success) {
        const errors = issuesToErrors(parsed.error.issues);
        return fail(400, Object.entries(errors).map(([f, m]) => `${f}: ${m}`).join('; '), errors);
      }
      const { version, ...sent } = parsed.data;
      // as the server: the desk's own address is its sign-in page, never the store's policy
      const policyRefusal = policyUrlRefusal(sent.privacy_policy_url ?? '', request.url);
      if (policyRefusal) return fail(400, policyRefusal, { privacy_policy_url: policyRefusal });
      if (version !== settings.version) return fail(409, STALE_VERSION);
      // absent texts are kept, as the server keeps them
      const values = Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined));
      settings = { ...settings, ...values, updated_at: new Date().toISOString(), version: version + 1 };
      return HttpResponse.json(settings, { headers: HEADERS });
    }),
  ];
}
