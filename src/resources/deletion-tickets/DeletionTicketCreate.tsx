import { Create, SimpleForm } from 'react-admin';
import { MuscatDateTimeInput } from '../shared/MuscatDateTimeInput';
import { deletionTicketCreateSchema } from '../../domain/deletionTickets';
import { formResolver } from '../shared/zodResolver';
import { DeletionTicketInputs } from './DeletionTicketInputs';
import { RequesterFromCustomer } from './RequesterFromCustomer';
import { useSaveNotice } from '../shared/useSaveNotice';

export function DeletionTicketCreate() {
  const saved = useSaveNotice('created', 'show');
  return (
    <Create mutationOptions={saved}>
      <SimpleForm noValidate resolver={formResolver(deletionTicketCreateSchema)}>
        <DeletionTicketInputs />
        <RequesterFromCustomer />
        {/* a request taken by phone or post is entered later: its receipt starts the clock */}
        <MuscatDateTimeInput source="received_at" helperText="privacy.due.received_hint" />
      </SimpleForm>
    </Create>
  );
}
