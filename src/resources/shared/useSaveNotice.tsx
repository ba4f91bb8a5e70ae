import { Alert, Link as MuiLink } from '@mui/material';
import { Link, useNotify, useRedirect, useResourceContext, useTranslate, type RaRecord, type RedirectionSideEffect } from 'react-admin';
import type { CreatedAlongside } from '../../domain/writePlans';

type SaveEvent = 'created' | 'updated';

/** "Deletion ticket #12 opened", with a link to what the server opened alongside ("; consent request #34 opened"). */
function CreatedWithAlongside({ message, alongside }: { message: string; alongside: CreatedAlongside }) {
  const translate = useTranslate();
  return (
    <Alert severity="success" variant="filled" sx={{ width: '100%' }}>
      {message}
      {'; '}
      <MuiLink component={Link} to={`/${alongside.resource}/${alongside.id}/show`} color="inherit" underline="always">
        {translate(`resources.${alongside.resource}.notifications.opened_alongside`, { id: alongside.id })}
      </MuiLink>
    </Alert>
  );
}

/**
 * The `mutationOptions` of a Create or Edit: the toast says what happened to which record, in the
 * resource's words (`resources.<resource>.notifications.<event>`, never react-admin's "Element
 * created"), then goes where `redirectTo` says, as react-admin's own success handler would.
 */
export function useSaveNotice(event: SaveEvent, redirectTo: RedirectionSideEffect) {
  const resource = useResourceContext();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  return {
    onSuccess: (data: RaRecord) => {
      const key = `resources.${resource}.notifications.${event}`;
      const alongside = (data as { created_alongside?: CreatedAlongside }).created_alongside;
      if (alongside) {
        notify(<CreatedWithAlongside message={translate(key, { ...data, smart_count: 1 })} alongside={alongside} />, { type: 'success', autoHideDuration: 10_000 });
      } else {
        notify(key, { type: 'success', messageArgs: { ...data, smart_count: 1 } });
      }
      redirect(redirectTo, resource, data.id, data);
    },
  };
}
