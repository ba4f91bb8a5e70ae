import { TextInput } from 'react-admin';
import { EnumInput } from '../shared/EnumInput';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';

export function CorrectionRequestInputs() {
  return (
    <>
      <CustomerReferenceInput source="customer_id" />
      <TextInput source="requester_name" isRequired />
      <TextInput source="requester_email" type="email" isRequired />
      <EnumInput source="channel" isRequired />
      <TextInput source="requested_correction" multiline minRows={2} isRequired fullWidth />
      <TextInput source="notes" multiline />
    </>
  );
}
