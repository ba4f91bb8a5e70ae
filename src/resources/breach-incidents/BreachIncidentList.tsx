import { DataTable, RecordRepresentation, TextField } from 'react-admin';
import { breachIncidents } from '../../domain/breachIncidents';
import { EnumField } from '../shared/EnumField';
import { listFilters } from '../shared/listFilters';
import { ListLine, nameColumn, noWrap, useHasRoomForAllColumns } from '../shared/listLayout';
import { MuscatDateField } from '../shared/MuscatDateField';
import { RecordList } from '../shared/RecordList';
import { NextClockField } from './BreachClocks';
import { OverdueFilter } from './OverdueFilter';

const incidentFilters = [...listFilters(breachIncidents, { alwaysOn: ['status', 'risk'], dateRanges: ['aware_at'] }), <OverdueFilter key="overdue" source="due_at_lte" alwaysOn />];

const phone = {
  primaryText: <RecordRepresentation />,
  secondaryText: (
    <ListLine>
      <EnumField source="status" />
      <EnumField source="risk" />
    </ListLine>
  ),
  tertiaryText: <NextClockField />,
};

/** The breach register the regulation asks for: every incident, its state, its risk and the clock to act on next. */
export function BreachIncidentList() {
  const all = useHasRoomForAllColumns();
  return (
    <RecordList filters={incidentFilters} sortField="aware_at" phone={phone}>
      <DataTable.Col source="aware_at" field={MuscatDateField} />
      <DataTable.Col source="description" sx={nameColumn}>
        <TextField source="description" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }} />
      </DataTable.Col>
      <DataTable.Col source="status" field={EnumField} sx={noWrap} />
      <DataTable.Col source="risk" label="privacy.breach.risk_column" field={EnumField} sx={noWrap} />
      {all && <DataTable.Col source="ministry_reference" disableSort />}
      <DataTable.Col source="due_at" label="privacy.breach.next_clock">
        <NextClockField />
      </DataTable.Col>
    </RecordList>
  );
}
