import { DateInput, TextInput } from 'react-admin';
import { EnumInput } from '../shared/EnumInput';

export function HolidayInputs() {
  return (
    <>
      <DateInput source="day" isRequired helperText="resources.holidays.hints.day" />
      <TextInput source="name" isRequired />
      <EnumInput source="kind" isRequired helperText="resources.holidays.hints.kind" />
    </>
  );
}
