import { Edit, SimpleForm } from 'react-admin';
import { authorityReferralUpdateSchema, authorityReferrals } from '../../domain/authorityReferrals';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { AuthorityReferralInputs } from './AuthorityReferralInputs';
import { useSaveNotice } from '../shared/useSaveNotice';

export function AuthorityReferralEdit() {
  const saved = useSaveNotice('updated', 'show');
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved}>
      <SimpleForm noValidate toolbar={<EditToolbar canDelete={(r) => authorityReferrals.deleteRefusal(r) === null} />} resolver={formResolver(authorityReferralUpdateSchema)}>
        <AuthorityReferralInputs />
      </SimpleForm>
    </Edit>
  );
}
