import { Create, SimpleForm } from 'react-admin';
import { consentRequestCreateSchema } from '../../domain/consentRequests';
import { formResolver } from '../shared/zodResolver';
import { ConsentRequestInputs } from './ConsentRequestInputs';

export function ConsentRequestCreate() {
  return (
    <Create redirect="show">
      <SimpleForm noValidate resolver={formResolver(consentRequestCreateSchema)}>
        <ConsentRequestInputs />
      </SimpleForm>
    </Create>
  );
}
