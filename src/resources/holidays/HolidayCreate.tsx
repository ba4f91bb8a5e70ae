import { Create, SimpleForm } from 'react-admin';
import { holidayCreateSchema } from '../../domain/holidays';
import { formResolver } from '../shared/zodResolver';
import { HolidayInputs } from './HolidayInputs';

export function HolidayCreate() {
  return (
    <Create redirect="list">
      <SimpleForm noValidate resolver={formResolver(holidayCreateSchema)} defaultValues={{ kind: 'lunar' }}>
        <HolidayInputs />
      </SimpleForm>
    </Create>
  );
}
