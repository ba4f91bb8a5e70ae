import { Create, PasswordInput, SimpleForm, TextInput } from 'react-admin';
import { staffCreateSchema } from '../../domain/staff';
import { EnumInput } from '../shared/EnumInput';
import { formResolver } from '../shared/zodResolver';
import { useSaveNotice } from '../shared/useSaveNotice';

export function StaffCreate() {
  const saved = useSaveNotice('created', 'list');
  return (
    <Create mutationOptions={saved}>
      <SimpleForm noValidate resolver={formResolver(staffCreateSchema)} defaultValues={{ disabled: false }}>
        <TextInput source="username" isRequired />
        <TextInput source="display_name" isRequired />
        <TextInput source="email" type="email" helperText="privacy.staff.email_hint" />
        <EnumInput source="role" isRequired />
        <PasswordInput source="password" isRequired helperText="privacy.staff.password_hint" />
      </SimpleForm>
    </Create>
  );
}
