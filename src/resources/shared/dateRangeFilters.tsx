import { DateInput } from 'react-admin';
import { toMuscatDayInput } from './muscatTime';

/**
 * The pair of list filters that bound a date field: `<field>_gte` and `<field>_lte`, whole Muscat days.
 * The value stays the day typed (YYYY-MM-DD), which the server reads as that day in Muscat; a moment
 * put in the filter by a link is shown as its Muscat day, not the browser's.
 */
export function dateRangeFilters(field: string) {
  return [
    <DateInput key={`${field}_gte`} source={`${field}_gte`} format={toMuscatDayInput} />,
    <DateInput key={`${field}_lte`} source={`${field}_lte`} format={toMuscatDayInput} />,
  ];
}
