import { Button, Stack } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { CreateButton, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { API_URL } from '../../providers/dataProvider';

/** What a parent may ask for: a review of the child's data (a JSON export) or its deletion (a ticket). */
export function ParentRequests() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess: mayExport } = useCanAccess({ action: 'export', resource: 'consent-requests' });
  const { canAccess: mayOpenTicket } = useCanAccess({ action: 'create', resource: 'deletion-tickets' });
  if (!record || record.contact_erased_at) return null;
  const ticket = { customer_id: record.customer_id, requester_name: record.parent_name, requester_email: record.parent_email, scope: 'child_data' };
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {mayExport && (
        <Button size="small" variant="outlined" startIcon={<DownloadIcon />} href={`${API_URL}/consent-requests/${record.id}/child-data`} download>
          {translate('privacy.consent.export_child_data')}
        </Button>
      )}
      {mayOpenTicket && <CreateButton resource="deletion-tickets" state={{ record: ticket }} label="privacy.consent.open_deletion_ticket" variant="outlined" />}
    </Stack>
  );
}
