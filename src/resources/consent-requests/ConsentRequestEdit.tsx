import { Edit, SimpleForm } from 'react-admin';
import { consentRequestUpdateSchema } from '../../domain/consentRequests';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { ConsentRequestInputs } from './ConsentRequestInputs';
import { useSaveNotice } from '../shared/useSaveNotice';

export function ConsentRequestEdit() {
  const saved = useSaveNotice('updated', 'show');
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved}>
      <SimpleForm noValidate toolbar={<EditToolbar />} resolver={formResolver(consentRequestUpdateSchema)}>
        <ConsentRequestInputs childFixed />
      </SimpleForm>
    </Edit>
  );
}
