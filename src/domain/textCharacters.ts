// What a text field may hold besides visible characters. Everything staff and customers type ends up on
// screens, in CSV exports and in the consent e-mail: a line break in a name forges an extra line, a
// right-to-left override shows "gpj.exe" as "exe.jpg", a zero-width space makes two names that look
// the same differ, an ANSI escape repaints a terminal that shows the logs.

/** One line (names, usernames, reasons, references, searches) or several (notes, descriptions, addresses, opinions, evidence). */
export type TextLines = 'single-line' | 'multi-line';

export const LINE_BREAK_MESSAGE = 'Must be one line: no line breaks or tabs';
export const CONTROL_MESSAGE = 'Contains control characters';
export const INVISIBLE_MESSAGE = 'Contains invisible or direction-changing characters';

const LINE_BREAKS_AND_TABS = /[\t\n\r\u2028\u2029]/;
// C0 and C1 controls (ESC starts ANSI sequences, U+009B is their one-byte form, NUL cannot be stored
// by PostgreSQL) and halves of a broken surrogate pair; tabs and line breaks are judged above.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\p{Cs}/u;
// Format characters draw nothing: bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069),
// zero-width space and joiners (U+200B–200D), word joiner (U+2060), byte-order mark (U+FEFF), soft
// hyphen, tag characters… plus the blank letters (Hangul fillers) and the combining grapheme joiner.
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu;

// Direction marks (LRM U+200E, RLM U+200F, ALM U+061C) cannot reorder text as overrides do; they only
// settle where punctuation and numbers go next to right-to-left words, which mixed Arabic and English
// text needs ("محمد (Mohammed)"). So they are accepted in text with right-to-left letters, where they
// do that work, and refused in text without any, where they could only hide.
const DIRECTION_MARKS = new Set(['\u200e', '\u200f', '\u061c']);
const RIGHT_TO_LEFT_LETTER = /(?=\p{L})[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}\p{sc=Adlam}]/u;
// The zero-width non-joiner and joiner change the shape of Arabic-script letters (Persian and Urdu
// write "می‌خواهم" with a ZWNJ), so between two of them they are visible spelling, not a hidden mark.
const JOINERS = new Set(['\u200c', '\u200d']);
const ARABIC_SCRIPT_LETTER = /^(?=[\p{L}\p{M}])\p{scx=Arabic}$/u;

function visibleWork(text: string, char: string, at: number): boolean {
  if (DIRECTION_MARKS.has(char)) return RIGHT_TO_LEFT_LETTER.test(text);
  if (JOINERS.has(char)) return ARABIC_SCRIPT_LETTER.test(text[at - 1] ?? '') && ARABIC_SCRIPT_LETTER.test(text[at + 1] ?? '');
  return false;
}

/** Why `text` cannot be stored as it is, or null when it can. */
export function textCharacterProblem(text: string, lines: TextLines): string | null {
  if (CONTROL.test(text)) return CONTROL_MESSAGE;
  if (lines === 'single-line' && LINE_BREAKS_AND_TABS.test(text)) return LINE_BREAK_MESSAGE;
  for (const match of text.matchAll(INVISIBLE)) {
    if (!visibleWork(text, match[0], match.index)) return INVISIBLE_MESSAGE;
  }
  return null;
}
