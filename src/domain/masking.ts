/**
 * Sensitive fields are masked in every response and export, for every role; admin and legal may
 * reveal one field of one customer, giving a reason, and each reveal is audited.
 */
export const SENSITIVE_CUSTOMER_FIELDS = ['id_number', 'phone', 'address', 'birth_date'] as const;
export type SensitiveField = (typeof SENSITIVE_CUSTOMER_FIELDS)[number];

export const MASK = '••••';

/** `number`: keeps its last four characters, so staff can match what a caller reads out; `hidden`: keeps nothing. */
export type MaskKind = 'number' | 'hidden';
export type MaskedFields = Readonly<Record<string, MaskKind>>;

export const CUSTOMER_MASKS: MaskedFields = { id_number: 'number', phone: 'number', address: 'hidden', birth_date: 'hidden' };

export function isSensitiveField(field: string): field is SensitiveField {
  return (SENSITIVE_CUSTOMER_FIELDS as readonly string[]).includes(field);
}

export function maskValue(kind: MaskKind, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return kind === 'number' ? `${MASK} ${String(value).slice(-4)}` : MASK;
}

export function maskRecord<T extends object>(record: T, masks: MaskedFields): T {
  const masked = { ...record } as Record<string, unknown>;
  for (const [field, kind] of Object.entries(masks)) if (field in masked) masked[field] = maskValue(kind, masked[field]);
  return masked as T;
}

/**
 * An edit form sends back the masked values it was shown: those mean "unchanged", so they are
 * replaced by the stored values before validation. Anything else typed into the field is a correction.
 */
export function restoreMasked(body: Record<string, unknown>, storedRecord: object, masks: MaskedFields): Record<string, unknown> {
  const stored = storedRecord as Record<string, unknown>;
  const restored = { ...body };
  for (const [field, kind] of Object.entries(masks)) {
    if (field in restored && restored[field] !== null && restored[field] === maskValue(kind, stored[field])) restored[field] = stored[field];
  }
  return restored;
}

/** A resource's masking, as the ResourceDefinition hooks take it. */
export function maskingFor(masks: MaskedFields) {
  return {
    present: (record: Record<string, unknown>) => maskRecord(record, masks),
    restoreForUpdate: (body: Record<string, unknown>, stored: Record<string, unknown>) => restoreMasked(body, stored, masks),
  };
}

/**
 * What of an e-mail address may be shown to tell people apart without revealing it: the domain
 * ("@gmail.com"), never the local part, which is as identifying as the name.
 */
export function emailDomain(email: unknown): string | null {
  if (typeof email !== 'string') return null;
  const at = email.lastIndexOf('@');
  return at >= 0 && at < email.length - 1 ? email.slice(at) : null;
}

/** Whether a form value is a mask the API sent, i.e. the field was left as it was. */
export function isMaskedValue(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(MASK);
}
