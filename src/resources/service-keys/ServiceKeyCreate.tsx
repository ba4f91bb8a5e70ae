import { useState } from 'react';
import { Typography } from '@mui/material';
import { CheckboxGroupInput, Create, SimpleForm, TextInput, useNotify, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import { SERVICE_KEY_SCOPE, serviceKeyCreateSchema } from '../../domain/serviceKeys';
import { choicesFor } from '../shared/choices';
import { formResolver } from '../shared/zodResolver';
import { NewKeyDialog } from './NewKeyDialog';

export function ServiceKeyCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [created, setCreated] = useState<{ id: RaRecord['id']; key: string } | null>(null);
  const onSuccess = (data: RaRecord) => {
    notify('resources.service-keys.notifications.created', { type: 'success', messageArgs: { name: data.name } });
    setCreated({ id: data.id, key: String(data.key) });
  };
  return (
    <>
      <Create mutationOptions={{ onSuccess }}>
        <SimpleForm noValidate resolver={formResolver(serviceKeyCreateSchema)} defaultValues={{ scopes: [] }}>
          <Typography variant="body2" sx={{ mb: 2, maxWidth: '40rem' }}>
            {translate('privacy.service_keys.intro')}
          </Typography>
          <TextInput source="name" isRequired />
          <CheckboxGroupInput source="scopes" choices={choicesFor(SERVICE_KEY_SCOPE)} helperText="privacy.service_keys.scopes_hint" isRequired />
        </SimpleForm>
      </Create>
      <NewKeyDialog serviceKey={created?.key ?? null} onDone={() => created && redirect('show', 'service-keys', created.id)} />
    </>
  );
}
