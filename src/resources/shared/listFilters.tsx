import { BooleanInput } from 'react-admin';
import type { ResourceDefinition } from '../../domain/resourceDefinition';
import { CustomerReferenceInput } from './CustomerReferenceInput';
import { dateRangeFilters } from './dateRangeFilters';
import { EnumInput } from './EnumInput';
import { SearchFilter } from './SearchFilter';

interface Options {
  /** filters shown without being added from the filter menu (the search always is) */
  alwaysOn?: readonly string[];
  /** the date fields offered as from–to ranges */
  dateRanges?: readonly string[];
}

/**
 * A list's filters, as its resource definition allows them: the search, a choice of each enum's values,
 * yes/no for each boolean, the customer by name, and the date ranges asked for. Record ids other than
 * the customer's are filters for links (`?filter={"record_id":…}`), not for the filter menu.
 */
export function listFilters(def: ResourceDefinition, { alwaysOn = [], dateRanges = [] }: Options = {}) {
  const inputs = Object.entries(def.filters).flatMap(([source, filter]) => {
    const on = alwaysOn.includes(source);
    switch (filter.kind) {
      case 'enum':
        return [<EnumInput key={source} source={source} enum={filter.enum} alwaysOn={on} />];
      case 'boolean':
        return [<BooleanInput key={source} source={source} alwaysOn={on} />];
      case 'id':
        return source === 'customer_id' ? [<CustomerReferenceInput key={source} source={source} alwaysOn={on} />] : [];
    }
  });
  return [<SearchFilter key="q" source="q" alwaysOn />, ...inputs, ...dateRanges.flatMap(dateRangeFilters)];
}
