import { SelectInput, useResourceContext, type SelectInputProps } from 'react-admin';
import type { DomainEnum } from '../../domain/enums';
import { choicesFor, filterEnum } from './choices';

type Props = Omit<SelectInputProps, 'choices'> & {
  /** by default the enum the resource's list filters `source` with */
  enum?: DomainEnum;
};

/** A choice of one of a domain enum's values, labelled with their translations: in a form or as a list filter. */
export function EnumInput({ enum: domainEnum, ...props }: Props) {
  const resource = useResourceContext(props);
  return <SelectInput choices={choicesFor(domainEnum ?? filterEnum(resource, props.source))} {...props} />;
}
