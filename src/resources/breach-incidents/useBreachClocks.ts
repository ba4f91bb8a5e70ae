import { useGetList, type RaRecord } from 'react-admin';
import { breachDeadlines, type BreachClock } from '../../domain/breachDeadlines';

/**
 * An incident's clocks, counted by the domain's own rule (breachDeadlines, as the server will for its
 * reminders) over the holiday calendar; undefined while the calendar loads. Every row of a list asks
 * for the same calendar page, so it is fetched once.
 */
export function useBreachClocks(record: RaRecord | undefined): BreachClock[] | undefined {
  const { data: holidays } = useGetList('holidays', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'day', order: 'ASC' } });
  if (!record?.aware_at || !holidays) return undefined;
  const { aware_at, risk, ministry_sent_at, site_notice_published_at, subjects_notified_at } = record;
  return breachDeadlines({ aware_at, risk, ministry_sent_at, site_notice_published_at, subjects_notified_at }, new Set(holidays.map((h) => String(h.day))), new Date());
}
