import { Edit, SimpleForm } from 'react-admin';
import { consentRequestUpdateSchema } from '../../domain/consentRequests';
import { formResolver } from '../shared/zodResolver';
import { ConsentRequestInputs } from './ConsentRequestInputs';

export function ConsentRequestEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm noValidate resolver={formResolver(consentRequestUpdateSchema)}>
        <ConsentRequestInputs />
      </SimpleForm>
    </Edit>
  );
}
