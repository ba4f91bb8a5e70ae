import { BooleanInput, Edit, SimpleForm, TextField, TextInput } from 'react-admin';
import { staffUpdateSchema } from '../../domain/staff';
import { EnumInput } from '../shared/EnumInput';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { ResetPasswordButton } from './ResetPasswordButton';
import { useSaveNotice } from '../shared/useSaveNotice';

export function StaffEdit() {
  const saved = useSaveNotice('updated', 'list');
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved}>
      <SimpleForm noValidate toolbar={<EditToolbar />} resolver={formResolver(staffUpdateSchema)}>
        <TextField source="username" />
        <TextInput source="display_name" isRequired />
        <TextInput source="email" type="email" helperText="privacy.staff.email_hint" />
        <EnumInput source="role" isRequired />
        <BooleanInput source="disabled" helperText="privacy.staff.disabled_hint" />
        <ResetPasswordButton />
      </SimpleForm>
    </Edit>
  );
}
