// A spreadsheet opening a CSV file runs a cell that starts with = + - @ (or a tab or carriage return)
// as a formula: an =HYPERLINK(…) planted in a customer's name by a support member, who cannot export,
// would run on the admin's or legal's computer, who can. As OWASP advises, such a cell is written with
// a single quote in front, which spreadsheets show as text. The full-width forms count too: some
// spreadsheet locales read ＝ as =.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** One value as a CSV cell that a spreadsheet shows and never runs. Numbers and booleans are data, not text, and stay as they are. */
export function csvCell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text =
    value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join(' ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}
