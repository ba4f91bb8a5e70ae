import { CheckboxGroupInput, TextInput } from 'react-admin';
import { DISCLOSABLE_FIELD } from '../../domain/authorityReferrals';
import { choicesFor } from '../shared/choices';
import { EnumInput } from '../shared/EnumInput';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';

export function AuthorityReferralInputs() {
  return (
    <>
      <CustomerReferenceInput source="customer_id" isRequired />
      <EnumInput source="activity" isRequired />
      <TextInput source="authority" isRequired />
      <TextInput source="description" multiline isRequired />
      <TextInput source="evidence" multiline isRequired />
      <CheckboxGroupInput source="proposed_fields" choices={choicesFor(DISCLOSABLE_FIELD)} isRequired />
    </>
  );
}
