import { FunctionField, Link, NumberField, Show, SimpleShowLayout, TextField, useCreatePath, useTranslate, type RaRecord } from 'react-admin';
import { MuscatDateField } from '../shared/MuscatDateField';
import { EnumField } from '../shared/EnumField';

/** The record the mail is about, linked when the mail names one. */
function RelatedRecord({ record }: { record: RaRecord }) {
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!record.resource || record.record_id == null) return <>—</>;
  const label = `${translate(`resources.${record.resource}.name`, { smart_count: 1 })} #${record.record_id}`;
  return <Link to={createPath({ resource: record.resource, id: record.record_id, type: 'show' })}>{label}</Link>;
}

/** One mail as the outbox keeps it: the text itself is not shown, only where it went and how delivery went. */
export function OutboxShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="id" />
        <EnumField source="kind" />
        <EnumField source="status" />
        <TextField source="to_address" emptyText="privacy.outbox.erased" />
        <TextField source="subject" />
        <FunctionField source="record_id" label="resources.outbox.fields.resource" render={(record) => <RelatedRecord record={record} />} />
        <NumberField source="attempts" />
        <TextField source="last_error" emptyText="—" />
        <MuscatDateField source="created_at" showTime />
        <MuscatDateField source="next_attempt_at" showTime />
        <MuscatDateField source="sent_at" showTime />
        <MuscatDateField source="updated_at" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
