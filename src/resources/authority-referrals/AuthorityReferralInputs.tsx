import { CheckboxGroupInput, SelectInput, TextInput } from 'react-admin';
import { DISCLOSABLE_FIELDS, REFERRAL_ACTIVITIES } from '../../domain/authorityReferrals';
import { choicesFor } from '../shared/choices';
import { CustomerReferenceInput } from '../shared/CustomerReferenceInput';

export function AuthorityReferralInputs() {
  return (
    <>
      <CustomerReferenceInput source="customer_id" isRequired />
      <SelectInput source="activity" choices={choicesFor('referral_activity', REFERRAL_ACTIVITIES)} isRequired />
      <TextInput source="authority" isRequired />
      <TextInput source="description" multiline isRequired />
      <TextInput source="evidence" multiline isRequired />
      <CheckboxGroupInput source="proposed_fields" choices={choicesFor('disclosable_field', DISCLOSABLE_FIELDS)} isRequired />
    </>
  );
}
