import { Create, SimpleForm } from 'react-admin';
import { customerCreateSchema } from '../../domain/customers';
import { formResolver } from '../shared/zodResolver';
import { CustomerInputs } from './CustomerInputs';
import { ParentContactInputs } from './ParentContactInputs';

export function CustomerCreate() {
  return (
    <Create redirect="show">
      <SimpleForm noValidate resolver={formResolver(customerCreateSchema)} defaultValues={{ newsletter: false }}>
        <CustomerInputs />
        <ParentContactInputs />
      </SimpleForm>
    </Create>
  );
}
