import { Create, SimpleForm } from 'react-admin';
import { holidayCreateSchema } from '../../domain/holidays';
import { formResolver } from '../shared/zodResolver';
import { HolidayInputs } from './HolidayInputs';
import { useSaveNotice } from '../shared/useSaveNotice';

export function HolidayCreate() {
  const saved = useSaveNotice('created', 'list');
  return (
    <Create mutationOptions={saved}>
      <SimpleForm noValidate resolver={formResolver(holidayCreateSchema)} defaultValues={{ kind: 'lunar' }}>
        <HolidayInputs />
      </SimpleForm>
    </Create>
  );
}
