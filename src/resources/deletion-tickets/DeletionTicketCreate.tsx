import { Create, DateTimeInput, SimpleForm } from 'react-admin';
import { deletionTicketCreateSchema } from '../../domain/deletionTickets';
import { formResolver } from '../shared/zodResolver';
import { DeletionTicketInputs } from './DeletionTicketInputs';
import { RequesterFromCustomer } from './RequesterFromCustomer';

export function DeletionTicketCreate() {
  return (
    <Create redirect="show">
      <SimpleForm noValidate resolver={formResolver(deletionTicketCreateSchema)}>
        <DeletionTicketInputs />
        <RequesterFromCustomer />
        {/* a request taken by phone or post is entered later: its receipt starts the clock */}
        <DateTimeInput source="received_at" helperText="privacy.due.received_hint" parse={(value: string) => (value ? new Date(value).toISOString() : null)} />
      </SimpleForm>
    </Create>
  );
}
