import { DateInput } from 'react-admin';

/** The pair of list filters that bound a date field: `<field>_gte` and `<field>_lte` (whole Muscat days). */
export function dateRangeFilters(field: string) {
  return [<DateInput key={`${field}_gte`} source={`${field}_gte`} />, <DateInput key={`${field}_lte`} source={`${field}_lte`} />];
}
