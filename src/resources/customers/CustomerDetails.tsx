import { BooleanField, EmailField, TextField } from 'react-admin';
import { EnumField } from '../shared/EnumField';
import { MuscatDateField } from '../shared/MuscatDateField';
import { RecordSection, RecordSections, RecordSummary } from '../shared/RecordPage';
import { RevealableField } from './RevealableField';

// an array, not a fragment: react-admin labels each field of a layout by its own props
const facts = [
  <EnumField key="status" source="status" />,
  <TextField key="id" source="id" />,
];

/** The customer’s own data in groups: who they are, how to reach them, their account. (`label={false}`: the tab labels each child, and this one is a whole page.) */
export function CustomerDetails(_: { label?: false }) {
  return (
    <>
      <RecordSummary facts={facts} />
      <RecordSections>
        <RecordSection title="privacy.record.sections.who">
          <TextField source="full_name" />
          <RevealableField source="birth_date" label="resources.customers.fields.birth_date" />
          <EnumField source="id_type" />
          <RevealableField source="id_number" label="resources.customers.fields.id_number" />
          <TextField source="school" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.contact">
          <EmailField source="email" />
          <RevealableField source="phone" label="resources.customers.fields.phone" />
          <RevealableField source="address" label="resources.customers.fields.address" />
          <BooleanField source="newsletter" />
        </RecordSection>
        <RecordSection title="privacy.record.sections.account">
          <TextField source="username" />
          <BooleanField source="recovery_question_set" />
          <MuscatDateField source="created_at" showTime />
          <MuscatDateField source="updated_at" showTime />
        </RecordSection>
      </RecordSections>
    </>
  );
}
