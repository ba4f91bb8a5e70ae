import { SelectField, useResourceContext, type SelectFieldProps } from 'react-admin';
import type { DomainEnum } from '../../domain/enums';
import { choicesFor, filterEnum } from './choices';

type Props = Omit<SelectFieldProps, 'choices'> & {
  /** by default the enum the resource's list filters `source` with */
  enum?: DomainEnum;
};

/** A field whose value is one of a domain enum, shown with its translated label. */
export function EnumField({ enum: domainEnum, ...props }: Props) {
  const resource = useResourceContext(props);
  return <SelectField choices={choicesFor(domainEnum ?? filterEnum(resource, props.source))} {...props} />;
}
