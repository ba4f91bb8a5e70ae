import { Edit, SimpleForm } from 'react-admin';
import { customerUpdateSchema } from '../../domain/customers';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { CustomerInputs } from './CustomerInputs';
import { CustomerName } from './CustomerName';

// Pessimistic: the screen says "saved" only once the server has committed (or shows its 409).
export function CustomerEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={<CustomerName />}>
      <SimpleForm noValidate toolbar={<EditToolbar />} resolver={formResolver(customerUpdateSchema)}>
        <CustomerInputs />
      </SimpleForm>
    </Edit>
  );
}
