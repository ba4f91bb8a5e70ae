import { Edit, SimpleForm } from 'react-admin';
import { accessRequestUpdateSchema } from '../../domain/accessRequests';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { useSaveNotice } from '../shared/useSaveNotice';
import { AccessRequestInputs } from './AccessRequestInputs';

export function AccessRequestEdit() {
  const saved = useSaveNotice('updated', 'show');
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved}>
      <SimpleForm noValidate toolbar={<EditToolbar />} resolver={formResolver(accessRequestUpdateSchema)}>
        <AccessRequestInputs />
      </SimpleForm>
    </Edit>
  );
}
