import { z } from 'zod';
import type { ResourceDefinition } from './resourceDefinition';
import { defineEnum, type EnumValue } from './enums';
import { email, requiredText, version } from './fields';

/**
 * Service API keys: how the store's other systems (its mailing tool) reach the desk without a staff
 * session. Each key is scoped, stored as a SHA-256 hash (the key itself is shown once, at creation),
 * revoked rather than deleted (the audit log names it), and every use is audited.
 */
export const SERVICE_KEY_SCOPE = defineEnum('service_key_scope', ['unsubscribe_links', 'suppression_check']);
export type ServiceKeyScope = EnumValue<typeof SERVICE_KEY_SCOPE>;

/** A key reads `pdsk_` and 43 base64url characters (32 random bytes); the prefix recognises it in a list. */
export const SERVICE_KEY_MARK = 'pdsk_';
export const SERVICE_KEY_SHAPE = /^pdsk_[A-Za-z0-9_-]{43}$/;
export const SERVICE_KEY_PREFIX_LENGTH = 12;
export const serviceKeyPrefix = (key: string) => key.slice(0, SERVICE_KEY_PREFIX_LENGTH);

/** The key in an `Authorization: Bearer …` header, or null when there is none of our shape. */
export function bearerKey(header: string | null | undefined): string | null {
  const match = /^Bearer +(\S+)\s*$/i.exec(header ?? '');
  return match && SERVICE_KEY_SHAPE.test(match[1]) ? match[1] : null;
}

export const serviceKeyCreateSchema = z.object({
  name: requiredText(100),
  scopes: z
    .array(z.enum(SERVICE_KEY_SCOPE.values, { error: 'Not a scope of service keys' }), { error: 'Choose at least one scope' })
    .min(1, 'Choose at least one scope')
    .transform((scopes) => SERVICE_KEY_SCOPE.values.filter((s) => scopes.includes(s))),
});

// A key can be renamed (through the REST protocol); its scopes are fixed, so a wider need is a new key.
export const serviceKeyUpdateSchema = z.object({ name: requiredText(100), version });
export const revokeServiceKeySchema = z.object({ version });

/** One request's addresses: at most this many, so one call stays one short transaction. */
export const MAX_ADDRESSES = 1000;
export const addressBatchSchema = z.object({
  addresses: z
    .array(email, { error: 'A list of e-mail addresses is required' })
    .min(1, 'Give at least one address')
    .max(MAX_ADDRESSES, `At most ${MAX_ADDRESSES} addresses per request`),
});

/** The API the store's systems call with a service key instead of a session. */
export const SERVICE_API_PATH = '/api/service';

export const SERVICE_KEY_REVOKED = 'This service key is revoked already.';
export const UNKNOWN_SERVICE_KEY = 'A valid service key is required: send it as Authorization: Bearer <key>.';
export const scopeRefused = (scope: ServiceKeyScope) => `This service key does not have the ${scope} scope.`;

// Listed, read and renamed through the REST protocol (never the hash); created and revoked by their own endpoints.
export const serviceKeys: ResourceDefinition = {
  name: 'service-keys',
  table: 'service_keys',
  fields: ['id', 'name', 'scopes', 'key_prefix', 'created_by', 'created_at', 'revoked_at', 'last_used_at', 'updated_at', 'version'],
  sortable: ['id', 'name', 'created_at', 'last_used_at', 'revoked_at'],
  searchable: ['name', 'key_prefix'],
  filters: { id: { kind: 'id' } },
  dateRanges: { created_at: 'timestamp' },
  updateSchema: serviceKeyUpdateSchema,
  createDefaults: {},
  updateRefusal: (record) => (record.revoked_at ? SERVICE_KEY_REVOKED : null),
  deleteRefusal: () => 'Service keys are revoked, not deleted: the audit log names them.',
};
