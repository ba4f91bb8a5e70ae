/** A moment as staff read it: always in Muscat time, in the reader's language. */
export const muscatTime = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale, { timeZone: 'Asia/Muscat', dateStyle: 'medium', timeStyle: 'short' });

/** A calendar day as staff read it: the day it was in Muscat, in the reader's language. */
export const muscatDate = (iso: string, locale: string) => new Date(iso).toLocaleDateString(locale, { timeZone: 'Asia/Muscat', dateStyle: 'medium' });
