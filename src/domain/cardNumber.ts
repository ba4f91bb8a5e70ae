// The store's policy forbids holding payment card numbers anywhere in Privacy Desk.
// A card number is 13–19 digits passing the Luhn check (PCI DSS). People write them in groups with
// spaces, dashes, dots, slashes or line breaks between, and in their own script's digits (an Arabic
// keyboard types ٤١١١): all of those count. Spelt-out digits cannot be caught; this catches what a
// customer or a staff member pastes or types.

// Unicode encodes every script's decimal digits 0–9 as one contiguous ascending run (a stability
// guarantee), and where runs adjoin they are whole runs of ten: a digit's value is its distance from
// the start of its block, modulo 10. No table to keep up to date.
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const digitValues = new Map<number, number>();

/** The value 0–9 of any Unicode decimal digit (ASCII, Arabic-Indic, Persian, Devanagari, full-width…); null for anything else. */
export function digitValue(char: string): number | null {
  const cp = char.codePointAt(0)!;
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128 || !DECIMAL_DIGIT.test(char)) return null;
  let value = digitValues.get(cp);
  if (value === undefined) {
    let start = cp;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    value = (cp - start) % 10;
    digitValues.set(cp, value);
  }
  return value;
}

/** The text with every Unicode decimal digit written as its ASCII digit. */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => String(digitValue(d)));
}

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

// Digits with short gaps between them: whitespace (line breaks too), dashes of any kind, dots, slashes,
// and invisible format characters (a zero-width space hides nothing). The bound keeps matching linear.
const DIGIT_RUN = /\p{Nd}(?:[\s\p{Pd}./\p{Cf}]{0,6}\p{Nd})*/gu;
const INVISIBLE = /^\p{Cf}$/u;
const PUNCTUATION = /[\p{Pd}./]/gu;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

interface DigitGroup {
  digits: string;
  start: number;
  end: number;
}

/**
 * What separates two digit groups, written plainly: one space however many there are, a line break,
 * '-' for any dash, with the spaces around a mark kept (' - ' is not '-'). A card number uses one kind
 * throughout, so a change of kind ends it: a date range (2019-03-01 – 2024-05-12) or a list item after
 * a line break does not join into one long number. Two marks in a row are no separator at all.
 */
function separatorKind(gap: string): string | null {
  let kind = separatorKinds.get(gap);
  if (kind === undefined) {
    kind = (gap.match(PUNCTUATION) ?? []).length > 1 ? null : gap.replace(/\p{Pd}/gu, '-').replace(/\s+/g, (space) => (LINE_BREAK.test(space) ? '\n' : ' '));
    if (separatorKinds.size < 1000) separatorKinds.set(gap, kind);
  }
  return kind;
}
const separatorKinds = new Map<string, string | null>();

/** Where card numbers are in `text`, as [start, end) offsets. */
export function findCardNumbers(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const groups: DigitGroup[] = [];
    const kinds: (string | null)[] = [];
    let gap = '';
    let at = run.index;
    for (const char of run[0]) {
      const value = digitValue(char);
      if (value !== null) {
        if (groups.length && gap) kinds.push(separatorKind(gap));
        if (!groups.length || gap) groups.push({ digits: '', start: at, end: at });
        const group = groups[groups.length - 1];
        group.digits += value;
        group.end = at + char.length;
        gap = '';
      } else if (char.charCodeAt(0) < 128 || !INVISIBLE.test(char)) {
        gap += char;
      }
      at += char.length;
    }
    const check = (first: number, last: number) => {
      let digits = '';
      for (let i = first; i <= last && digits.length <= 19; i++) digits += groups[i].digits;
      if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) found.push([groups[first].start, groups[last].end]);
    };
    // every stretch of groups with one kind of separator, and every group alone
    let first = 0;
    kinds.forEach((kind, i) => {
      if (kind === null) {
        check(first, i);
        first = i + 1;
      } else if (i > first && kind !== kinds[i - 1]) {
        check(first, i);
        first = i;
      }
    });
    check(first, groups.length - 1);
    if (groups.length > 1) groups.forEach((_, i) => check(i, i));
  }
  return found;
}

export function containsCardNumber(text: string): boolean {
  return findCardNumbers(text).length > 0;
}

export const CARD_NUMBER_REMOVED = '[card number removed]';

/** The text with every card number in it replaced by a marker: the last line of defence for what is kept forever. */
export function redactCardNumbers(text: string): string {
  const spans = findCardNumbers(text).sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    if (start >= from) {
      out += text.slice(from, start) + CARD_NUMBER_REMOVED;
      from = end;
    } else if (end > from) {
      from = end; // overlaps the one before: one marker for both
    }
  }
  return out + text.slice(from);
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
