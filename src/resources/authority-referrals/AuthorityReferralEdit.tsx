import { Edit, SimpleForm } from 'react-admin';
import { authorityReferralUpdateSchema, authorityReferrals } from '../../domain/authorityReferrals';
import { EditToolbar } from '../shared/EditToolbar';
import { formResolver } from '../shared/zodResolver';
import { AuthorityReferralInputs } from './AuthorityReferralInputs';

export function AuthorityReferralEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm noValidate toolbar={<EditToolbar canDelete={(r) => authorityReferrals.deleteRefusal(r) === null} />} resolver={formResolver(authorityReferralUpdateSchema)}>
        <AuthorityReferralInputs />
      </SimpleForm>
    </Edit>
  );
}
