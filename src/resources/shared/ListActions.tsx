import { CanAccess, CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { ExportCsvButton } from './ExportCsvButton';

/** Filter, Create and Export, each shown only to the roles the matrix allows; the export is the server's, audited. */
export function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <CanAccess action="export">
        <ExportCsvButton />
      </CanAccess>
    </TopToolbar>
  );
}
