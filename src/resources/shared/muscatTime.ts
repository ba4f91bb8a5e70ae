/** A moment as staff read it: always in Muscat time, in the reader's language. */
export const muscatTime = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale, { timeZone: 'Asia/Muscat', dateStyle: 'medium', timeStyle: 'short' });
