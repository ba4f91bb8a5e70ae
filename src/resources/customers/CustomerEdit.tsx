import { Edit, SimpleForm } from 'react-admin';
import { customerUpdateSchema } from '../../domain/customers';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { CustomerInputs } from './CustomerInputs';
import { CustomerName } from './CustomerName';
import { useSaveNotice } from '../shared/useSaveNotice';

// Pessimistic: the screen says "saved" only once the server has committed (or shows its 409).
export function CustomerEdit() {
  const saved = useSaveNotice('updated', 'show');
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved} title={<CustomerName />}>
      <SimpleForm noValidate toolbar={<EditToolbar />} resolver={formResolver(customerUpdateSchema)}>
        <CustomerInputs />
      </SimpleForm>
    </Edit>
  );
}
