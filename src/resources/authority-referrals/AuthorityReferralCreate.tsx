import { Create, SimpleForm } from 'react-admin';
import { authorityReferralCreateSchema } from '../../domain/authorityReferrals';
import { formResolver } from '../shared/zodResolver';
import { AuthorityReferralInputs } from './AuthorityReferralInputs';

export function AuthorityReferralCreate() {
  return (
    <Create redirect="show">
      <SimpleForm noValidate resolver={formResolver(authorityReferralCreateSchema)} defaultValues={{ proposed_fields: [] }}>
        <AuthorityReferralInputs />
      </SimpleForm>
    </Create>
  );
}
