import { Stack } from '@mui/material';
import { CreateButton, useCanAccess, useRecordContext } from 'react-admin';
import { ChildDataExportButton } from './ChildDataExportButton';
import { ChildDataLinkButton } from './ChildDataLinkButton';

/** What a parent may ask for: a review of the child's data (a link mailed to them, or a JSON export) or its deletion (a ticket). */
export function ParentRequests() {
  const record = useRecordContext();
  // The export shows the child's data unmasked: it is a reveal.
  const { canAccess: mayReveal } = useCanAccess({ action: 'reveal', resource: 'customers' });
  const { canAccess: mayOpenTicket } = useCanAccess({ action: 'create', resource: 'deletion-tickets' });
  const { canAccess: mayMailLink } = useCanAccess({ action: 'edit', resource: 'consent-requests' });
  if (!record || record.contact_erased_at) return null;
  const ticket = { customer_id: record.customer_id, requester_name: record.parent_name, requester_email: record.parent_email, scope: 'child_data' };
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {mayMailLink && <ChildDataLinkButton />}
      {mayReveal && <ChildDataExportButton />}
      {mayOpenTicket && <CreateButton resource="deletion-tickets" state={{ record: ticket }} label="privacy.consent.open_deletion_ticket" variant="outlined" />}
    </Stack>
  );
}
