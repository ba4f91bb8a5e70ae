import { describe, expect, it } from 'vitest';
import { CONTROL_MESSAGE, INVISIBLE_MESSAGE, LINE_BREAK_MESSAGE, textCharacterProblem } from './textCharacters';
import { optionalText, requiredText } from './fields';

describe('characters a text field may hold', () => {
  it.each([
    ['a line feed', 'Zahra\nBcc: all@example.org', LINE_BREAK_MESSAGE],
    ['a carriage return', 'Zahra\rAl Wahaibi', LINE_BREAK_MESSAGE],
    ['a tab', 'Zahra\tAl Wahaibi', LINE_BREAK_MESSAGE],
    ['a line separator', 'Zahra\u2028Al Wahaibi', LINE_BREAK_MESSAGE],
    ['a right-to-left override', 'Invoice \u202Efdp.exe', INVISIBLE_MESSAGE],
    ['a right-to-left isolate', 'Zahra \u2067x\u2069', INVISIBLE_MESSAGE],
    ['a zero-width space', 'Zah\u200bra', INVISIBLE_MESSAGE],
    ['a zero-width joiner in Latin letters', 'ad\u200dmin', INVISIBLE_MESSAGE],
    ['a byte-order mark inside', 'Zah\ufeffra', INVISIBLE_MESSAGE],
    ['a word joiner', 'Zah\u2060ra', INVISIBLE_MESSAGE],
    ['a soft hyphen', 'Zah\u00adra', INVISIBLE_MESSAGE],
    ['a Hangul filler (a blank letter)', '\u3164', INVISIBLE_MESSAGE],
    ['a left-to-right mark in Latin text', 'Zahra\u200e', INVISIBLE_MESSAGE],
    ['an ANSI escape', 'checking \u001b[2J\u001b[31mrefund', CONTROL_MESSAGE],
    ['the one-byte CSI', 'checking \u009b31m', CONTROL_MESSAGE],
    ['a NUL byte', 'Salim\u0000', CONTROL_MESSAGE],
    ['a lone surrogate', 'Salim\ud800', CONTROL_MESSAGE],
  ])('one line with %s: refused', (_name, text, message) => {
    expect(textCharacterProblem(text, 'single-line')).toBe(message);
  });

  it.each([
    ['Latin letters', 'Zahra bint Khalfan Al Wahaibi'],
    ['Arabic letters with diacritics', 'زَهْرَاء بنت خلفان الوهيبية'],
    ['a Persian name with a zero-width non-joiner', 'علی‌زاده'],
    ['Arabic and English with a right-to-left mark', 'محمد\u200f (Mohammed)'],
    ['an Arabic letter mark', 'رقم\u061c 12'],
    ['emoji', 'Thanks 👍🏽'],
    ['accents', 'Zoë Müller-Lüdenscheidt'],
  ])('one line with %s: accepted', (_name, text) => {
    expect(textCharacterProblem(text, 'single-line')).toBeNull();
  });

  it('lets several lines hold line breaks and tabs, nothing else', () => {
    expect(textCharacterProblem('Called the customer.\r\n\tThey confirmed the request.\nClosed.', 'multi-line')).toBeNull();
    expect(textCharacterProblem('line\u000bvertical tab', 'multi-line')).toBe(CONTROL_MESSAGE);
    expect(textCharacterProblem('line\n\u202Eoverride', 'multi-line')).toBe(INVISIBLE_MESSAGE);
  });

  it('is what the text fields check, with the card-number rule', () => {
    const name = requiredText(200);
    expect(name.safeParse('Zahra\nAl Wahaibi').error?.issues[0].message).toBe(LINE_BREAK_MESSAGE);
    expect(name.safeParse('  Zahra Al Wahaibi\n').data).toBe('Zahra Al Wahaibi'); // trimmed, not refused
    expect(name.safeParse('٤١١١ ١١١١ ١١١١ ١١١١').error?.issues[0].message).toMatch(/card numbers/);
    const notes = optionalText(2000, 'multi-line');
    expect(notes.safeParse('First line\n\tindented').success).toBe(true);
    expect(notes.safeParse('First line\n4111\n1111\n1111\n1111').error?.issues[0].message).toMatch(/card numbers/);
  });
});

describe('every character the rules name', () => {
  it.each([
    ['a paragraph separator', 'Zahra\u2029Al Wahaibi', LINE_BREAK_MESSAGE],
    ['a form feed', 'Zahra\u000cAl Wahaibi', CONTROL_MESSAGE],
    ['a bell', 'Zahra\u0007', CONTROL_MESSAGE],
    ['a DEL', 'Zahra\u007f', CONTROL_MESSAGE],
    ['a combining grapheme joiner', 'Zah\u034fra', INVISIBLE_MESSAGE],
    ['a Hangul choseong filler', 'Zah\u115fra', INVISIBLE_MESSAGE],
    ['a Hangul jungseong filler', 'Zah\u1160ra', INVISIBLE_MESSAGE],
    ['a half-width Hangul filler', 'Zah\uffa0ra', INVISIBLE_MESSAGE],
    ['a right-to-left mark beside Arabic-Indic digits but no letter', '\u200f١٢٣ 45', INVISIBLE_MESSAGE],
    ['a zero-width non-joiner after a Latin letter, before an Arabic one', 'a\u200cب', INVISIBLE_MESSAGE],
    ['a zero-width non-joiner after an Arabic letter, before a Latin one', 'ب\u200ca', INVISIBLE_MESSAGE],
    ['a zero-width non-joiner after an Arabic comma', '،\u200cب', INVISIBLE_MESSAGE],
    ['a zero-width joiner at the start', '\u200dب', INVISIBLE_MESSAGE],
  ])('one line with %s: refused', (_name, text, message) => {
    expect(textCharacterProblem(text, 'single-line')).toBe(message);
  });

  it.each([
    ['Arabic with a left-to-right mark', 'شارع 18\u200e نوفمبر'],
    ['a zero-width joiner between Arabic letters', 'ب\u200dب'],
    ['a zero-width non-joiner after a vowel mark', 'بَ\u200cب'],
    ['Hebrew with a right-to-left mark', 'שלום\u200f (Shalom)'],
    ['Syriac with a right-to-left mark', 'ܫܠܡܐ\u200f (Shlama)'],
    ['Thaana with a right-to-left mark', 'ދިވެހި\u200f (Dhivehi)'],
    ['N’Ko with a right-to-left mark', 'ߒߞߏ\u200f (NKo)'],
    ['Adlam with a right-to-left mark', '𞤀𞤣𞤤𞤢𞤥\u200f (Adlam)'],
  ])('one line with %s: accepted', (_name, text) => {
    expect(textCharacterProblem(text, 'single-line')).toBeNull();
  });
});

describe('what a refused text tells staff', () => {
  it('says what is wrong with it', () => {
    expect(textCharacterProblem('Zahra\nAl Wahaibi', 'single-line')).toBe('Must be one line: no line breaks or tabs');
    expect(textCharacterProblem('Salim\u0000', 'single-line')).toBe('Contains control characters');
    expect(textCharacterProblem('Zah\u200bra', 'single-line')).toBe('Contains invisible or direction-changing characters');
  });

  it('accepts only the joiners between Arabic letters, not other invisible characters', () => {
    expect(textCharacterProblem('ب\u200bب', 'single-line')).toBe(INVISIBLE_MESSAGE);
    expect(textCharacterProblem('ب\u2060ب', 'single-line')).toBe(INVISIBLE_MESSAGE);
    // a joiner at the end joins nothing
    expect(textCharacterProblem('ب\u200c', 'single-line')).toBe(INVISIBLE_MESSAGE);
  });
});
