import { Create, SimpleForm } from 'react-admin';
import { breachIncidentCreateSchema } from '../../domain/breachIncidents';
import { formResolver } from '../shared/zodResolver';
import { MuscatDateTimeInput } from '../shared/MuscatDateTimeInput';
import { useSaveNotice } from '../shared/useSaveNotice';
import { BreachIncidentInputs } from './BreachIncidentInputs';

export function BreachIncidentCreate() {
  const saved = useSaveNotice('created', 'show');
  return (
    <Create mutationOptions={saved}>
      <SimpleForm noValidate resolver={formResolver(breachIncidentCreateSchema)} defaultValues={{ data_categories: [] }}>
        {/* awareness starts every clock: it is fixed once recorded */}
        <MuscatDateTimeInput source="aware_at" isRequired helperText="privacy.breach.aware_hint" />
        <BreachIncidentInputs />
      </SimpleForm>
    </Create>
  );
}
