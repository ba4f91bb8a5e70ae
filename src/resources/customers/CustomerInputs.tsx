import { BooleanInput, DateInput, SelectInput, TextInput } from 'react-admin';
import { ID_TYPES } from '../../domain/customers';
import { choicesFor } from '../shared/choices';

/** The fields staff may write; the form's validation is the server's schema (see formResolver). */
export function CustomerInputs() {
  return (
    <>
      <TextInput source="full_name" isRequired />
      <TextInput source="username" isRequired />
      <TextInput source="email" type="email" isRequired />
      <TextInput source="phone" helperText="+968 9123 4567" />
      <DateInput source="birth_date" />
      <SelectInput source="id_type" choices={choicesFor('id_type', ID_TYPES)} emptyText="—" />
      <TextInput source="id_number" />
      <TextInput source="address" multiline />
      <TextInput source="school" />
      <BooleanInput source="newsletter" />
    </>
  );
}
