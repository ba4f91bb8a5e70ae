import { findResource } from '../../domain/resources';
import type { DomainEnum } from '../../domain/enums';

/** SelectInput / SelectField choices for an enum's values (or some of them), labelled with their translation keys. */
export function choicesFor(domainEnum: DomainEnum, values: readonly string[] = domainEnum.values) {
  return values.map((id) => ({ id, name: domainEnum.labelKey(id) }));
}

/** The enum a resource's list filters `source` by: fields and inputs read it from the resource definition. */
export function filterEnum(resource: string | undefined, source: string | undefined): DomainEnum {
  const filter = resource && source ? findResource(resource)?.filters[source] : undefined;
  // a field that is no enum filter names its enum itself: fail at once rather than show raw values
  if (filter?.kind !== 'enum') throw new Error(`${resource}.${source} is not an enum filter: pass its enum`);
  return filter.enum;
}
