import { Edit, SimpleForm } from 'react-admin';
import { breachIncidentUpdateSchema } from '../../domain/breachIncidents';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { useSaveNotice } from '../shared/useSaveNotice';
import { BreachIncidentInputs } from './BreachIncidentInputs';

export function BreachIncidentEdit() {
  const saved = useSaveNotice('updated', 'show');
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved}>
      <SimpleForm noValidate toolbar={<EditToolbar />} resolver={formResolver(breachIncidentUpdateSchema)}>
        <BreachIncidentInputs />
      </SimpleForm>
    </Edit>
  );
}
