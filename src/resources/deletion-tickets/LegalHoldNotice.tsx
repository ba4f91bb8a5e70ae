import { Alert, Stack } from '@mui/material';
import { Link, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { holdsCustomer } from '../../domain/referralWorkflow';
import { isOpenTicket } from '../../domain/deletionWorkflow';

/** Why an open ticket waits: the customer's open authority referrals hold their data until the legal advisor releases them. */
export function LegalHoldNotice() {
  const record = useRecordContext();
  const translate = useTranslate();
  const enabled = !!record?.customer_id && isOpenTicket(record.status) && record.scope !== 'marketing_email';
  const { data = [] } = useGetList('authority-referrals', { filter: { customer_id: record?.customer_id }, pagination: { page: 1, perPage: 50 } }, { enabled });
  const holding = data.filter(holdsCustomer);
  if (!enabled || !holding.length) return null;
  return (
    <Alert severity="warning" sx={{ my: 1 }}>
      {translate('privacy.legal_hold.waiting', { referrals: holding.map((r) => `#${r.id}`).join(', ') })}
      <Stack direction="row" spacing={2} sx={{ mt: 0.5 }}>
        {holding.map((r) => (
          <Link key={r.id} to={`/authority-referrals/${r.id}/show`}>
            {translate('privacy.legal_hold.open_referral', { id: r.id })}
          </Link>
        ))}
      </Stack>
    </Alert>
  );
}
