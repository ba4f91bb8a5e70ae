import { Edit, SimpleForm } from 'react-admin';
import { deletionTicketUpdateSchema } from '../../domain/deletionTickets';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { DeletionTicketInputs } from './DeletionTicketInputs';
import { useSaveNotice } from '../shared/useSaveNotice';

export function DeletionTicketEdit() {
  const saved = useSaveNotice('updated', 'show');
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved}>
      <SimpleForm noValidate toolbar={<EditToolbar />} resolver={formResolver(deletionTicketUpdateSchema)}>
        <DeletionTicketInputs />
      </SimpleForm>
    </Edit>
  );
}
