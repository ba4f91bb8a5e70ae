import { BooleanInput, Edit, SelectInput, SimpleForm, TextField, TextInput } from 'react-admin';
import { ROLES } from '../../domain/roles';
import { staffUpdateSchema } from '../../domain/staff';
import { choicesFor } from '../shared/choices';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { ResetPasswordButton } from './ResetPasswordButton';

export function StaffEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm noValidate toolbar={<EditToolbar />} resolver={formResolver(staffUpdateSchema)}>
        <TextField source="username" />
        <TextInput source="display_name" isRequired />
        <TextInput source="email" type="email" helperText="privacy.staff.email_hint" />
        <SelectInput source="role" choices={choicesFor('role', ROLES)} isRequired />
        <BooleanInput source="disabled" helperText="privacy.staff.disabled_hint" />
        <ResetPasswordButton />
      </SimpleForm>
    </Edit>
  );
}
