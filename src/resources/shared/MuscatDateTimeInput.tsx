import { DateTimeInput, type DateTimeInputProps } from 'react-admin';
import { fromMuscatLocalInput, toMuscatLocalInput } from './muscatTime';

/** A moment typed as Muscat wall-clock time (react-admin's DateTimeInput reads it in the browser's zone), saved as an ISO instant. */
export function MuscatDateTimeInput(props: Omit<DateTimeInputProps, 'format' | 'parse'>) {
  return <DateTimeInput {...props} format={toMuscatLocalInput} parse={fromMuscatLocalInput} />;
}
