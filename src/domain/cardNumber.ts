// The store's policy forbids holding payment card numbers anywhere in Privacy Desk.
// A card number is 13–19 digits (PCI DSS), often written in groups separated by spaces or dashes.
const DIGIT_RUN = /\d(?:[ -]?\d)*/g;

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export function containsCardNumber(text: string): boolean {
  for (const match of text.matchAll(DIGIT_RUN)) {
    const digits = match[0].replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return true;
  }
  return false;
}

/** Field paths (dotted) of every string inside `value` that holds a card number. */
export function fieldsWithCardNumbers(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return containsCardNumber(value) ? [path || '(body)'] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => fieldsWithCardNumbers(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => fieldsWithCardNumbers(v, path ? `${path}.${k}` : k));
  }
  return [];
}

// Credentials live in the store's login system; Privacy Desk only shows that a recovery question is set.
const CREDENTIAL_FIELD = /pass(word|wd)|recovery_?answer|security_?answer|secret_?answer/i;

export function credentialFields(body: Record<string, unknown>): string[] {
  return Object.keys(body).filter((k) => CREDENTIAL_FIELD.test(k));
}
