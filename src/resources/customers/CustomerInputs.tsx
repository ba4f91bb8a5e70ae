import { BooleanInput, TextInput } from 'react-admin';
import { MaskedInput } from '../shared/MaskedInput';
import { EnumInput } from '../shared/EnumInput';

/** The fields staff may write; the form's validation is the server's schema (see formResolver). */
export function CustomerInputs() {
  return (
    <>
      <TextInput source="full_name" isRequired />
      <TextInput source="username" isRequired />
      <TextInput source="email" type="email" isRequired />
      <MaskedInput source="phone" />
      <MaskedInput source="birth_date" kind="date" />
      <EnumInput source="id_type" emptyText="—" />
      <MaskedInput source="id_number" />
      <MaskedInput source="address" multiline />
      <TextInput source="school" />
      <BooleanInput source="newsletter" />
    </>
  );
}
