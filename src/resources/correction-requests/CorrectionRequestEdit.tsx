import { Edit, SimpleForm } from 'react-admin';
import { correctionRequestUpdateSchema } from '../../domain/correctionRequests';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { useSaveNotice } from '../shared/useSaveNotice';
import { CorrectionRequestInputs } from './CorrectionRequestInputs';

export function CorrectionRequestEdit() {
  const saved = useSaveNotice('updated', 'show');
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved}>
      <SimpleForm noValidate toolbar={<EditToolbar />} resolver={formResolver(correctionRequestUpdateSchema)}>
        <CorrectionRequestInputs />
      </SimpleForm>
    </Edit>
  );
}
