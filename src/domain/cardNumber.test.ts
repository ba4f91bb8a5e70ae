import { describe, expect, it } from 'vitest';
import { containsCardNumber, credentialFields, fieldsWithCardNumbers, passesLuhn } from './cardNumber';

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
