import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useGetOne } from 'react-admin';

/**
 * On a new ticket, choosing the customer fills the requester's name and e-mail from the customer's
 * record, unless staff already typed them (a parent or an agent may ask on the customer's behalf).
 */
export function RequesterFromCustomer() {
  const customerId = useWatch({ name: 'customer_id' });
  const { getValues, setValue } = useFormContext();
  const { data: customer } = useGetOne('customers', { id: customerId }, { enabled: !!customerId });
  useEffect(() => {
    if (!customer || customer.id !== customerId) return;
    if (!getValues('requester_name') && customer.full_name) setValue('requester_name', customer.full_name, { shouldDirty: true });
    if (!getValues('requester_email') && customer.email) setValue('requester_email', customer.email, { shouldDirty: true });
  }, [customer, customerId, getValues, setValue]);
  return null;
}
