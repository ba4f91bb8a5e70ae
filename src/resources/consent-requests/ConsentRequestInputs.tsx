import { Labeled, ReferenceField, TextInput } from 'react-admin';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';
import { MaskedInput } from '../shared/MaskedInput';

// Until consent is granted, only what the direct notice needs is kept: names and the parent's contact details.
// The child is chosen once: a refusal erases that customer's data, so an edit cannot point the request elsewhere.
export function ConsentRequestInputs({ childFixed = false }: { childFixed?: boolean }) {
  return (
    <>
      {childFixed ? (
        <Labeled source="customer_id">
          <ReferenceField source="customer_id" reference="customers" link="show" />
        </Labeled>
      ) : (
        <CustomerReferenceInput source="customer_id" isRequired />
      )}
      <TextInput source="child_name" isRequired />
      <TextInput source="parent_name" isRequired />
      <TextInput source="parent_email" type="email" isRequired />
      <MaskedInput source="parent_phone" />
    </>
  );
}
