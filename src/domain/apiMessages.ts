// What the API answers when it refuses a request: one wording for the server and the mocks.

export const STALE_VERSION =
  'Someone else changed this record after you opened it. Reload it to see their changes, then make yours again.';

export const noSuchRecord = (resource: string, id: number) => `No ${resource} record with id ${id}`;

export const notARecordId = (raw: string) => `'${raw}' is not a record id`;

export const statusNotEditable = (current: unknown) => `The status cannot be changed by editing; it is ${String(current)}`;

export const NO_SUCH_CUSTOMER = 'The related customer does not exist';

export const USERNAME_TAKEN = 'Another active customer already has this username';

export const JSON_REQUIRED = 'Send the record as JSON (Content-Type: application/json)';

export const INVALID_JSON = 'The request body is not valid JSON';

/** A path id as the API accepts it: a positive 32-bit integer, digits only. */
export function parseRecordId(raw: string): number | null {
  if (!/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= 2147483647 ? n : null;
}

export const roleMayNot = (role: string, action: string, resource: string) => `The ${role} role may not ${action} ${resource}`;

export const NOT_SIGNED_IN = 'Your session has ended or you are not signed in. Sign in to continue.';

export const WRONG_CREDENTIALS = 'Wrong username or password';

export const ERASED_CUSTOMER =
  'This customer’s personal data was erased: the record is a tombstone and accepts no change. A returning customer is registered anew.';

export const fixedField = (field: string) => `The ${field.replace(/_/g, ' ')} of this record is fixed once it exists; open a new record instead`;
