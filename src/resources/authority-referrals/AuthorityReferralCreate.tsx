import { Create, SimpleForm } from 'react-admin';
import { authorityReferralCreateSchema } from '../../domain/authorityReferrals';
import { formResolver } from '../shared/zodResolver';
import { AuthorityReferralInputs } from './AuthorityReferralInputs';
import { useSaveNotice } from '../shared/useSaveNotice';

export function AuthorityReferralCreate() {
  const saved = useSaveNotice('created', 'show');
  return (
    <Create mutationOptions={saved}>
      <SimpleForm noValidate resolver={formResolver(authorityReferralCreateSchema)} defaultValues={{ proposed_fields: [] }}>
        <AuthorityReferralInputs />
      </SimpleForm>
    </Create>
  );
}
