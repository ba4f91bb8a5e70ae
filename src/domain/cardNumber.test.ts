import { describe, expect, it, vi } from 'vitest';
import { asciiDigits, CARD_NUMBER_REMOVED, containsCardNumber, credentialFields, digitValue, fieldsWithCardNumbers, passesLuhn, redactCardNumbers } from './cardNumber';

describe('card numbers are recognised wherever they are written', () => {
  it.each([
    ['4111111111111111', true],
    ['4111 1111 1111 1111', true],
    ['4111-1111-1111-1111', true],
    ['paid with 5500 0055 5555 5559 yesterday', true],
    ['378282246310005', true], // 15-digit Amex
    ['6011000990139424', true],
    ['4111111111111112', false], // fails Luhn
    ['+96891234567', false], // a phone number
    ['12345678', false], // a civil ID number
    ['Order 2026-11-22 at 10:15', false],
    ['41111111111111111111', false], // 20 digits: longer than any card
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(containsCardNumber(text)).toBe(expected);
  });

  it.each([
    ['dots', '4111.1111.1111.1111'],
    ['slashes', '4111/1111/1111/1111'],
    ['spaced dashes', '4111 - 1111 - 1111 - 1111'],
    ['en dashes', '4111–1111–1111–1111'],
    ['double spaces', '4111  1111  1111  1111'],
    ['no-break spaces', '4111\u00a01111\u00a01111\u00a01111'],
    ['line breaks', '4111\n1111\n1111\n1111'],
    ['CRLF line breaks', 'card:\r\n4111\r\n1111\r\n1111\r\n1111'],
    ['zero-width spaces', '4111\u200b1111\u200b1111\u200b1111'],
    ['Arabic-Indic digits', '٤١١١ ١١١١ ١١١١ ١١١١'],
    ['Persian digits', '۴۱۱۱-۱۱۱۱-۱۱۱۱-۱۱۱۱'],
    ['full-width digits', '４１１１ １１１１ １１１１ １１１１'],
    ['Devanagari digits', '४१११ ११११ ११११ ११११'],
    ['mixed scripts', '4111 ١١١١ ۱۱۱۱ １１１１'],
    ['Amex groups in Arabic-Indic digits', '٣٧٨٢ ٨٢٢٤٦٣ ١٠٠٠٥'],
    ['a list item after it', 'Card:\n4111 1111 1111 1111\n2. next'],
    ['a number next to it', 'ref 12 4111111111111111 2 times'],
  ])('%s: found', (_name, text) => {
    expect(containsCardNumber(text)).toBe(true);
  });

  it.each([
    ['an Omani phone', '+968 9123 4567'],
    ['two phones', '+968 9123 4567, +968 7123 4567'],
    ['a phone in Arabic-Indic digits', '+٩٦٨ ٩١٢٣ ٤٥٦٧'],
    ['a date', '2026-11-22'],
    // these digits, run together, pass the Luhn check: the change of separator keeps them apart
    ['a date range', 'active 2019-03-01 – 2024-05-12'],
    ['a date range with a slash', '2019-03-01 / 2024-05-12'],
    ['dates on two lines', '2019-03-01\n2024-05-12'],
    ['a time', 'at 10:15:30'],
    ['an order number and a date', 'order 4411 of 2026.11.22'],
  ])('%s: not a card number', (_name, text) => {
    expect(containsCardNumber(text)).toBe(false);
  });

  it('reads the digits of every script as their values', () => {
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ０１２３４５６７８９ ०१२३४५६७८९ ০১২৩৪৫৬৭৮৯ ๐๑๒๓๔๕๖๗๘๙ 𝟎𝟏𝟗 𝟬𝟵')).toBe(
      '0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 019 09',
    );
    expect(digitValue('٧')).toBe(7);
    expect(digitValue('x')).toBeNull();
    expect(digitValue('²')).toBeNull(); // a superscript is a number, not a decimal digit
  });

  it('removes card numbers from text, leaving the rest', () => {
    expect(redactCardNumbers('paid with ٤١١١ ١١١١ ١١١١ ١١١١, call +968 9123 4567')).toBe(`paid with ${CARD_NUMBER_REMOVED}, call +968 9123 4567`);
    expect(redactCardNumbers('4111.1111.1111.1111 and 5500 0055 5555 5559')).toBe(`${CARD_NUMBER_REMOVED} and ${CARD_NUMBER_REMOVED}`);
    expect(redactCardNumbers('no card here')).toBe('no card here');
  });

  it('checks the Luhn sum', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });

  it('names every field that holds one, nested too', () => {
    expect(fieldsWithCardNumbers({ a: 'x', b: { c: ['ok', '4111111111111111'] }, d: 4111111111111111 })).toEqual(['b.c[1]']);
  });

  it('names credential fields the store keeps elsewhere', () => {
    expect(credentialFields({ password: 'x', Recovery_Answer: 'y', passwd: 'z', email: 'e' })).toEqual(['password', 'Recovery_Answer', 'passwd']);
  });
});

describe('the edges of a card number', () => {
  it.each([
    ['13 digits, the shortest card', '4222222222222', true],
    ['19 digits, the longest card', '6011000000000000001', true],
    ['20 digits that pass the Luhn check', '41111111111111111115', false],
    ['19 digits and one more in the same grouping', '4111 1111 1111 1111 110 5', false],
  ])('%s: %s', (_name, text, expected) => {
    expect(containsCardNumber(text)).toBe(expected);
  });

  it.each([
    ['hyphens and en dashes, one kind of dash', '4111-1111–1111-1111'],
    ['uneven spaces', '4111 1111  1111 1111'],
    ['a zero-width space beside a space', '4111 \u200b1111 1111 1111'],
    ['a zero-width space inside a group', '41\u200b11 1111 1111 1111'],
  ])('%s: found', (_name, text) => {
    expect(containsCardNumber(text)).toBe(true);
  });

  // a card number is written with one kind of separator throughout
  it.each([
    ['spaces, then an en dash', '4111 1111–1111 1111'],
    ['dashes and spaces', '4111-1111 1111-1111'],
    ['two lines of two groups', '4111 1111\n1111 1111'],
    ['two lines with a space before the break', '4111 1111 \n1111 1111'],
    ['a spaced dash, then dashes', '4111 - 1111-1111-1111'],
    ['a spaced dash, then spaces', '4111 - 1111 1111 1111'],
    ['a dash starting the next line', '4111-1111-1111\n-1111'],
    ['double dashes', '4111--1111--1111--1111'],
  ])('%s: not a card number', (_name, text) => {
    expect(containsCardNumber(text)).toBe(false);
  });

  it('reads only a single decimal digit as a digit', () => {
    expect(digitValue('٧٨')).toBeNull();
    expect(digitValue('é٧')).toBeNull();
  });

  it('shows staff where a card number was removed', () => {
    expect(redactCardNumbers('card 4111111111111111, thanks')).toBe('card [card number removed], thanks');
  });

  it('removes every card of one run of digits, whatever order they are found in', () => {
    expect(redactCardNumbers('4111111111111111 - 5500 0055 5555 5559')).toBe(`${CARD_NUMBER_REMOVED} - ${CARD_NUMBER_REMOVED}`);
  });

  it('removes two card numbers that share a group with one marker, leaving none of either', () => {
    const second = ['1111', '2222', '3333', '444'].join('');
    const last = [...'0123456789'].find((d) => passesLuhn(second + d))!;
    expect(redactCardNumbers(`paid 4111 1111 1111 1111-2222-3333-444${last} ok`)).toBe(`paid ${CARD_NUMBER_REMOVED} ok`);
  });

  it('names the body itself when it is the text holding a card number, and skips empty fields', () => {
    expect(fieldsWithCardNumbers('4111111111111111')).toEqual(['(body)']);
    expect(fieldsWithCardNumbers({ notes: null, phone: undefined, address: '4111 1111 1111 1111' })).toEqual(['address']);
  });

  it('names credential fields however their words are joined', () => {
    expect(credentialFields({ recoveryAnswer: 'x', securityAnswer: 'y', security_answer: 'y', secretAnswer: 'z', secret_answer: 'z', full_name: 'n' })).toEqual([
      'recoveryAnswer',
      'securityAnswer',
      'security_answer',
      'secretAnswer',
      'secret_answer',
    ]);
  });
});

describe('the first time a separator is seen', () => {
  // separators are remembered once read: a fresh process (a restart) must read each one as the rules say
  it.each([
    ['hyphens and en dashes, one kind of dash', '4111-1111–1111-1111', true],
    ['uneven spaces', '4111 1111  1111 1111', true],
    ['a spaced dash, then spaces', '4111 - 1111 1111 1111', false],
    ['dashes and spaces', '4111-1111 1111-1111', false],
  ])('%s: card number %s', async (_name, text, expected) => {
    vi.resetModules();
    const fresh = await import('./cardNumber');
    expect(fresh.containsCardNumber(text)).toBe(expected);
  });
});

it('removes a card number inside a longer one with the longer one, leaving nothing of it', () => {
  const last = [...'0123456789'].find((d) => passesLuhn(`42222222222229${d}`))!;
  expect(redactCardNumbers(`paid 4222222222222 9${last} ok`)).toBe(`paid ${CARD_NUMBER_REMOVED} ok`);
});
