import { Create, SimpleForm } from 'react-admin';
import { MuscatDateTimeInput } from '../shared/MuscatDateTimeInput';
import { correctionRequestCreateSchema } from '../../domain/correctionRequests';
import { formResolver } from '../shared/zodResolver';
import { useSaveNotice } from '../shared/useSaveNotice';
import { RequesterFromCustomer } from '../deletion-tickets/RequesterFromCustomer';
import { CorrectionRequestInputs } from './CorrectionRequestInputs';

export function CorrectionRequestCreate() {
  const saved = useSaveNotice('created', 'show');
  return (
    <Create mutationOptions={saved}>
      <SimpleForm noValidate resolver={formResolver(correctionRequestCreateSchema)}>
        <CorrectionRequestInputs />
        <RequesterFromCustomer />
        {/* a request taken by phone or post is entered later: its receipt starts the clock */}
        <MuscatDateTimeInput source="received_at" helperText="privacy.due.received_hint" />
      </SimpleForm>
    </Create>
  );
}
