import { DateInput, SelectInput, TextInput } from 'react-admin';
import { HOLIDAY_KINDS } from '../../domain/holidays';
import { choicesFor } from '../shared/choices';

export function HolidayInputs() {
  return (
    <>
      <DateInput source="day" isRequired helperText="resources.holidays.hints.day" />
      <TextInput source="name" isRequired />
      <SelectInput source="kind" choices={choicesFor('holiday_kind', HOLIDAY_KINDS)} isRequired helperText="resources.holidays.hints.kind" />
    </>
  );
}
