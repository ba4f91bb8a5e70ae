import { SelectInput, TextInput } from 'react-admin';
import { DELETION_SCOPES, REQUEST_CHANNELS } from '../../domain/deletionTickets';
import { choicesFor } from '../shared/choices';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';
import { MaskedInput } from '../shared/MaskedInput';

export function DeletionTicketInputs() {
  return (
    <>
      <CustomerReferenceInput source="customer_id" />
      <TextInput source="requester_name" isRequired />
      <TextInput source="requester_email" type="email" isRequired />
      <MaskedInput source="requester_phone" />
      <SelectInput source="channel" choices={choicesFor('request_channel', REQUEST_CHANNELS)} isRequired />
      <SelectInput source="scope" choices={choicesFor('deletion_scope', DELETION_SCOPES)} isRequired />
      <TextInput source="notes" multiline />
    </>
  );
}
