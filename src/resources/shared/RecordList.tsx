import type { ReactElement, ReactNode } from 'react';
import { DataTable, List, ShowButton } from 'react-admin';
import { EditWhenAllowed } from './EditWhenAllowed';
import { ListActions } from './ListActions';

/** A list of records by id, newest first, each row with its own Show and Edit buttons (rows are not announced as links). */
export function RecordList({ filters, sortField, children }: { filters: ReactElement[]; sortField: string; children: ReactNode }) {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: sortField, order: 'DESC' }} perPage={25}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        {children}
        <DataTable.Col label={false} disableSort>
          <ShowButton />
          <EditWhenAllowed />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
