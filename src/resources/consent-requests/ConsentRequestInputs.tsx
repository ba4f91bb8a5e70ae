import { TextInput } from 'react-admin';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';
import { MaskedInput } from '../shared/MaskedInput';

// Until consent is granted, only what the direct notice needs is kept: names and the parent's contact details.
export function ConsentRequestInputs() {
  return (
    <>
      <CustomerReferenceInput source="customer_id" isRequired />
      <TextInput source="child_name" isRequired />
      <TextInput source="parent_name" isRequired />
      <TextInput source="parent_email" type="email" isRequired />
      <MaskedInput source="parent_phone" />
    </>
  );
}
