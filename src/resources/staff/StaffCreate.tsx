import { Create, PasswordInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { ROLES } from '../../domain/roles';
import { staffCreateSchema } from '../../domain/staff';
import { choicesFor } from '../shared/choices';
import { formResolver } from '../shared/zodResolver';

export function StaffCreate() {
  return (
    <Create redirect="list">
      <SimpleForm noValidate resolver={formResolver(staffCreateSchema)} defaultValues={{ disabled: false }}>
        <TextInput source="username" isRequired />
        <TextInput source="display_name" isRequired />
        <TextInput source="email" type="email" helperText="privacy.staff.email_hint" />
        <SelectInput source="role" choices={choicesFor('role', ROLES)} isRequired />
        <PasswordInput source="password" isRequired helperText="privacy.staff.password_hint" />
      </SimpleForm>
    </Create>
  );
}
