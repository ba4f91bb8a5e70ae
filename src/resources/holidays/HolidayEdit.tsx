import { Edit, SimpleForm } from 'react-admin';
import { holidayUpdateSchema } from '../../domain/holidays';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { HolidayInputs } from './HolidayInputs';
import { useSaveNotice } from '../shared/useSaveNotice';

// A lunar date moved by the announcement is corrected here; a holiday entered by mistake is deleted.
export function HolidayEdit() {
  const saved = useSaveNotice('updated', 'list');
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved}>
      <SimpleForm noValidate toolbar={<EditToolbar canDelete={() => true} />} resolver={formResolver(holidayUpdateSchema)}>
        <HolidayInputs />
      </SimpleForm>
    </Edit>
  );
}
