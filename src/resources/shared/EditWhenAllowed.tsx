import { EditButton, TopToolbar, useRecordContext, useResourceContext } from 'react-admin';
import { findResource } from '../../domain/resources';

/** Edit, only while the domain lets the record be edited (a completed ticket or a decided referral is kept as it ended). */
export function EditWhenAllowed() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const refusal = record && resource ? findResource(resource)?.updateRefusal?.(record) : null;
  return refusal ? null : <EditButton />;
}

/** A show view's toolbar with EditWhenAllowed. */
export function ShowActions() {
  return (
    <TopToolbar>
      <EditWhenAllowed />
    </TopToolbar>
  );
}
