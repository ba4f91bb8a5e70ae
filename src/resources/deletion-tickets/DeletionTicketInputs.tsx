import { TextInput } from 'react-admin';
import { EnumInput } from '../shared/EnumInput';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';
import { MaskedInput } from '../shared/MaskedInput';

export function DeletionTicketInputs() {
  return (
    <>
      <CustomerReferenceInput source="customer_id" />
      <TextInput source="requester_name" isRequired />
      <TextInput source="requester_email" type="email" isRequired />
      <MaskedInput source="requester_phone" />
      <EnumInput source="channel" isRequired />
      <EnumInput source="scope" isRequired />
      <TextInput source="notes" multiline />
    </>
  );
}
