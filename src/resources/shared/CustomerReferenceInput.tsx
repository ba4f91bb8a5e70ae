import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';
import { CustomerOption, customerOptionText } from './CustomerOption';

interface Props {
  source: string;
  isRequired?: boolean;
  validate?: Validator | Validator[];
  label?: string;
  alwaysOn?: boolean;
}

const optionText = <CustomerOption />;

/**
 * Picks a customer by typing part of a name, e-mail or username (the server's `q` search); each
 * option says what tells same-named customers apart, the box keeps only the name chosen.
 */
export function CustomerReferenceInput({ source, isRequired, validate, label }: Props) {
  return (
    <ReferenceInput reference="customers" source={source}>
      <AutocompleteInput optionText={optionText} inputText={customerOptionText} isRequired={isRequired} validate={validate} label={label} />
    </ReferenceInput>
  );
}
