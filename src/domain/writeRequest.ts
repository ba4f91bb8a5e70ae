import type { ResourceDefinition } from './resourceDefinition';
import { credentialFields, fieldsWithCardNumbers } from './cardNumber';
import type { Parsed } from './listQuery';
import { fixedField } from './apiMessages';

/** Validation issues as one message per field (the first one), keyed by dotted path. */
export function issuesToErrors(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.path.map(String).join('.') || '(body)'] ??= issue.message;
  return errors;
}

export type WriteParsed = Parsed<Record<string, unknown>> | { ok: false; message: string; errors: Record<string, string> };

/**
 * Checks a create or update body against the resource's rules. Fields the server owns (id, status,
 * timestamps) may come back in the body, as react-admin sends the whole record; they are not written.
 */
export function parseWrite(def: ResourceDefinition, body: unknown, mode: 'create' | 'update'): WriteParsed {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, message: 'The request body must be a JSON object' };
  }
  const record = body as Record<string, unknown>;
  const credentials = credentialFields(record);
  if (credentials.length) {
    return {
      ok: false,
      message: `Privacy Desk never stores passwords or password-recovery answers (${credentials.join(', ')}); the store's login system keeps them`,
    };
  }
  const unknown = Object.keys(record).filter((k) => !def.fields.includes(k) && !(mode === 'create' && def.writeOnlyFields?.includes(k)));
  if (unknown.length) return { ok: false, message: `Unknown field(s) for ${def.name}: ${unknown.join(', ')}` };
  const cardFields = fieldsWithCardNumbers(record);
  if (cardFields.length) {
    const message = 'Payment card numbers must not be stored in Privacy Desk';
    return { ok: false, message: `${message} (found in: ${cardFields.join(', ')})`, errors: Object.fromEntries(cardFields.map((f) => [f, message])) };
  }
  const schema = mode === 'create' ? def.createSchema : def.updateSchema;
  if (!schema) return { ok: false, message: `${def.name} is read-only` };
  const result = schema.safeParse(record);
  if (!result.success) {
    const errors = issuesToErrors(result.error.issues);
    const message = Object.entries(errors).map(([f, m]) => `${f}: ${m}`).join('; ');
    return { ok: false, message: `Invalid ${def.name} record — ${message}`, errors };
  }
  return { ok: true, value: result.data };
}

/**
 * Why an update of `current` with `values` is refused (409), or null: the record's state forbids any
 * change (an erased customer, a closed ticket), or the update would change a fixed field.
 */
export function updateRefusal(def: ResourceDefinition, current: Record<string, unknown>, values: Record<string, unknown>): string | null {
  const refusal = def.updateRefusal?.(current);
  if (refusal) return refusal;
  const moved = (def.fixedFields ?? []).find((f) => f in values && values[f] !== current[f]);
  return moved ? fixedField(moved) : null;
}
