import { useRecordContext, useTranslate } from 'react-admin';

/** How a customer is named everywhere: their name, or the tombstone label once erased. */
export function CustomerName() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return <>{record.full_name ?? translate('privacy.customers.erased', { id: record.id })}</>;
}
