import { Create, SimpleForm } from 'react-admin';
import { customerCreateSchema } from '../../domain/customers';
import { formResolver } from '../shared/zodResolver';
import { CustomerInputs } from './CustomerInputs';
import { ParentContactInputs } from './ParentContactInputs';
import { useSaveNotice } from '../shared/useSaveNotice';

export function CustomerCreate() {
  const saved = useSaveNotice('created', 'show');
  return (
    <Create mutationOptions={saved}>
      <SimpleForm noValidate resolver={formResolver(customerCreateSchema)} defaultValues={{ newsletter: false }}>
        <CustomerInputs />
        <ParentContactInputs />
      </SimpleForm>
    </Create>
  );
}
