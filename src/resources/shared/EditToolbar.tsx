import { DeleteButton, SaveButton, Toolbar, useRecordContext } from 'react-admin';
import type { RaRecord } from 'react-admin';

/**
 * Save, and Delete only where the domain allows it (`canDelete`); records the policy keeps never show
 * a button the API would refuse.
 */
export function EditToolbar({ canDelete }: { canDelete?: (record: RaRecord) => boolean }) {
  const record = useRecordContext();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {record && canDelete?.(record) && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
}
