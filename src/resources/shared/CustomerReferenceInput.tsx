import { AutocompleteInput, ReferenceInput, type RaRecord, type Validator } from 'react-admin';

export const customerOptionText = (c: RaRecord) => (c.full_name ? `${c.full_name} (#${c.id})` : `#${c.id}`);

interface Props {
  source: string;
  isRequired?: boolean;
  validate?: Validator | Validator[];
  label?: string;
  alwaysOn?: boolean;
}

/** Picks a customer by typing part of a name, e-mail or username (the server's `q` search). */
export function CustomerReferenceInput({ source, isRequired, validate, label }: Props) {
  return (
    <ReferenceInput reference="customers" source={source}>
      <AutocompleteInput optionText={customerOptionText} isRequired={isRequired} validate={validate} label={label} />
    </ReferenceInput>
  );
}
