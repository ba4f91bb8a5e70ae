import { Create, SimpleForm } from 'react-admin';
import { customerCreateSchema } from '../../domain/customers';
import { formResolver } from '../shared/zodResolver';
import { CustomerInputs } from './CustomerInputs';

export function CustomerCreate() {
  return (
    <Create redirect="show">
      <SimpleForm noValidate resolver={formResolver(customerCreateSchema)} defaultValues={{ newsletter: false }}>
        <CustomerInputs />
      </SimpleForm>
    </Create>
  );
}
