import { Create, SimpleForm } from 'react-admin';
import { consentRequestCreateSchema } from '../../domain/consentRequests';
import { formResolver } from '../shared/zodResolver';
import { ConsentRequestInputs } from './ConsentRequestInputs';
import { useSaveNotice } from '../shared/useSaveNotice';

export function ConsentRequestCreate() {
  const saved = useSaveNotice('created', 'show');
  return (
    <Create mutationOptions={saved}>
      <SimpleForm noValidate resolver={formResolver(consentRequestCreateSchema)}>
        <ConsentRequestInputs />
      </SimpleForm>
    </Create>
  );
}
