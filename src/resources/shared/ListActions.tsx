import { CanAccess, CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';

/** Filter, Create and Export, each shown only to the roles the matrix allows (react-admin's Export is not checked by itself). */
export function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <CanAccess action="export">
        <ExportButton />
      </CanAccess>
    </TopToolbar>
  );
}
