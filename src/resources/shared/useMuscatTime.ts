import { useLocaleState, useTranslate } from 'react-admin';
import { calendarDay, muscatDate, muscatTime } from './muscatTime';

/**
 * Moments as every screen shows them: in Muscat, the store's zone, whatever the browser's zone, and
 * labelled so ("23 Nov 2026, 14:13 (Muscat)"). Calendar days are not moments: they carry no label and
 * never move.
 */
export function useMuscatTime() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labelled = (text: string) => translate('privacy.time.muscat', { time: text });
  return {
    /** date and time of an instant, in Muscat, labelled */
    dateTime: (iso: string) => labelled(muscatTime(iso, locale)),
    /** the Muscat day of an instant, labelled */
    date: (iso: string) => labelled(muscatDate(iso, locale)),
    /** a calendar day (YYYY-MM-DD), as that day */
    day: (day: string, options?: Intl.DateTimeFormatOptions) => calendarDay(day, locale, options),
    /** what the label means, for a tooltip */
    zoneTitle: translate('privacy.time.zone_title'),
  };
}
