import type { ReactElement, ReactNode } from 'react';
import { DataTable, List, ShowButton, SimpleList, type SimpleListProps } from 'react-admin';
import { EditWhenAllowed } from './EditWhenAllowed';
import { ListActions } from './ListActions';
import { actionsColumn, useIsPhone } from './listLayout';
import { ActionsHeader } from './ActionsHeader';

type PhoneTexts = Pick<SimpleListProps, 'primaryText' | 'secondaryText' | 'tertiaryText'>;

interface Props {
  filters: ReactElement[];
  sortField: string;
  /** the table's columns between the id and the row buttons */
  children: ReactNode;
  /** what a phone shows of each record, one item a record opening it */
  phone: PhoneTexts;
}

/**
 * A list of records by id, newest first. On a wide screen a table whose rows have their own Show and
 * Edit buttons (rows are not announced as links); on a phone react-admin's SimpleList, each item a link.
 */
export function RecordList({ filters, sortField, children, phone }: Props) {
  const isPhone = useIsPhone();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: sortField, order: 'DESC' }} perPage={25}>
      {isPhone ? (
        <SimpleList rowClick="show" {...phone} />
      ) : (
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="id" />
          {children}
          <DataTable.Col label={<ActionsHeader />} disableSort sx={actionsColumn}>
            <ShowButton />
            <EditWhenAllowed />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
