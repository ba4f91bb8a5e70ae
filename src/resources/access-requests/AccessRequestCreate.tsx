import { Create, SimpleForm } from 'react-admin';
import { MuscatDateTimeInput } from '../shared/MuscatDateTimeInput';
import { accessRequestCreateSchema } from '../../domain/accessRequests';
import { formResolver } from '../shared/zodResolver';
import { useSaveNotice } from '../shared/useSaveNotice';
import { RequesterFromCustomer } from '../deletion-tickets/RequesterFromCustomer';
import { AccessRequestInputs } from './AccessRequestInputs';

export function AccessRequestCreate() {
  const saved = useSaveNotice('created', 'show');
  return (
    <Create mutationOptions={saved}>
      <SimpleForm noValidate resolver={formResolver(accessRequestCreateSchema)}>
        <AccessRequestInputs />
        <RequesterFromCustomer />
        {/* a request taken by phone or post is entered later: its receipt starts the clock */}
        <MuscatDateTimeInput source="received_at" helperText="privacy.due.received_hint" />
      </SimpleForm>
    </Create>
  );
}
