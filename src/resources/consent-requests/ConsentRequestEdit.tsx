import { Edit, SimpleForm } from 'react-admin';
import { consentRequestUpdateSchema } from '../../domain/consentRequests';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { ConsentRequestInputs } from './ConsentRequestInputs';

export function ConsentRequestEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm noValidate toolbar={<EditToolbar />} resolver={formResolver(consentRequestUpdateSchema)}>
        <ConsentRequestInputs childFixed />
      </SimpleForm>
    </Edit>
  );
}
