import { Edit, SimpleForm } from 'react-admin';
import { authorityReferralUpdateSchema } from '../../domain/authorityReferrals';
import { formResolver } from '../shared/zodResolver';
import { AuthorityReferralInputs } from './AuthorityReferralInputs';

export function AuthorityReferralEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm noValidate resolver={formResolver(authorityReferralUpdateSchema)}>
        <AuthorityReferralInputs />
      </SimpleForm>
    </Edit>
  );
}
