import { BooleanInput, CheckboxGroupInput, DateInput, required, SelectInput, TextInput, type RaRecord } from 'react-admin';
import { stepInputSpec, type StepInputName } from '../../../domain/stepInputs';
import { choicesFor } from '../choices';
import { AssigneeInput } from './AssigneeInput';
import { MuscatDateTimeInput } from '../MuscatDateTimeInput';

/** One input of a step's dialog, the control chosen by the domain's description of the input; `record` is the one the step is taken on. */
export function StepInput({ name, optional, record, offered }: { name: StepInputName; optional: boolean; record: RaRecord; offered?: readonly string[] }) {
  const spec = stepInputSpec(name);
  const label = `privacy.steps.inputs.${name}`;
  const validate = optional || spec.control === 'boolean' ? undefined : required();
  switch (spec.control) {
    case 'multiline':
      return <TextInput source={name} label={label} validate={validate} multiline minRows={3} fullWidth />;
    case 'enum':
      return <SelectInput source={name} label={label} validate={validate} choices={choicesFor(spec.enum, offered)} fullWidth />;
    case 'boolean':
      return <BooleanInput source={name} label={label} defaultValue={false} />;
    case 'staff':
      return <AssigneeInput source={name} label={label} validate={validate} />;
    case 'date':
      return <DateInput source={name} label={label} validate={validate} />;
    case 'datetime':
      return <MuscatDateTimeInput source={name} label={label} validate={validate} />;
    case 'fields': {
      // the legal advisor narrows what was proposed; nothing else is offered
      const proposed: string[] = record.proposed_fields ?? [];
      return <CheckboxGroupInput source={name} label={label} validate={validate} defaultValue={proposed} choices={choicesFor(spec.enum, proposed)} />;
    }
    default:
      return <TextInput source={name} label={label} validate={validate} fullWidth />;
  }
}
