import { SelectField, type SelectFieldProps } from 'react-admin';
import { choicesFor } from './choices';

type Props = Omit<SelectFieldProps, 'choices'> & { enumName: string; values: readonly string[] };

/** A field whose value is one of a domain enum, shown with its translated label. */
export function EnumField({ enumName, values, ...props }: Props) {
  return <SelectField choices={choicesFor(enumName, values)} {...props} />;
}
