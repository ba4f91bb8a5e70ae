import { Edit, SimpleForm } from 'react-admin';
import { deletionTicketUpdateSchema } from '../../domain/deletionTickets';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { DeletionTicketInputs } from './DeletionTicketInputs';

export function DeletionTicketEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm noValidate toolbar={<EditToolbar />} resolver={formResolver(deletionTicketUpdateSchema)}>
        <DeletionTicketInputs />
      </SimpleForm>
    </Edit>
  );
}
