import { Create, SimpleForm } from 'react-admin';
import { deletionTicketCreateSchema } from '../../domain/deletionTickets';
import { formResolver } from '../shared/zodResolver';
import { DeletionTicketInputs } from './DeletionTicketInputs';

export function DeletionTicketCreate() {
  return (
    <Create redirect="show">
      <SimpleForm noValidate resolver={formResolver(deletionTicketCreateSchema)}>
        <DeletionTicketInputs />
      </SimpleForm>
    </Create>
  );
}
