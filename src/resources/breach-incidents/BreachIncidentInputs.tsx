import { CheckboxGroupInput, TextInput } from 'react-admin';
import { BREACH_DATA_CATEGORY } from '../../domain/breachIncidents';
import { choicesFor } from '../shared/choices';
import { MuscatDateTimeInput } from '../shared/MuscatDateTimeInput';

/** What happened and what the people affected and the public are told; the awareness time is asked only when recording. */
export function BreachIncidentInputs() {
  return (
    <>
      <MuscatDateTimeInput source="occurred_at" helperText="privacy.breach.occurred_hint" />
      <TextInput source="description" multiline minRows={3} isRequired fullWidth />
      <CheckboxGroupInput source="data_categories" choices={choicesFor(BREACH_DATA_CATEGORY)} isRequired />
      <TextInput source="containment" multiline minRows={2} fullWidth />
      <TextInput source="site_notice_text" multiline minRows={3} fullWidth helperText="privacy.breach.texts_hint" />
      <TextInput source="email_notice_text" multiline minRows={3} fullWidth helperText="privacy.breach.texts_hint" />
    </>
  );
}
