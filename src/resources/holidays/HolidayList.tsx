import { CanAccess, CreateButton, DataTable, EditButton, FilterButton, List, SimpleList, TextField, TopToolbar } from 'react-admin';
import { CalendarDayField } from '../shared/MuscatDateField';
import { EnumInput } from '../shared/EnumInput';
import { dateRangeFilters } from '../shared/dateRangeFilters';
import { EnumField } from '../shared/EnumField';
import { SearchFilter } from '../shared/SearchFilter';
import { actionsColumn, useIsPhone } from '../shared/listLayout';
import { SettingsLink } from '../settings/SettingsLink';
import { muscatDay } from '../../domain/businessDays';
import { ActionsHeader } from '../shared/ActionsHeader';

const holidayFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" alwaysOn />,
  ...dateRangeFilters('day'),
];

// A holiday is a calendar day, stored without a time: shown as that day wherever the browser is, with its weekday.
const DAY_FORMAT = { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' } as const;

function HolidayListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <CanAccess action="edit" resource="settings">
        <SettingsLink />
      </CanAccess>
    </TopToolbar>
  );
}

// The calendar opens at this year (in Muscat): last year's holidays are history, a filter away.
const thisYear = () => ({ day_gte: `${muscatDay(new Date()).slice(0, 4)}-01-01` });

const phoneTexts = {
  primaryText: <TextField source="name" />,
  secondaryText: <CalendarDayField source="day" options={DAY_FORMAT} />,
  tertiaryText: <EnumField source="kind" />,
};

export function HolidayList() {
  const isPhone = useIsPhone();
  return (
    <List filters={holidayFilters} filterDefaultValues={thisYear()} actions={<HolidayListActions />} sort={{ field: 'day', order: 'ASC' }} perPage={50} exporter={false}>
      {isPhone ? (
        <SimpleList rowClick="edit" {...phoneTexts} />
      ) : (
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="day">
            <CalendarDayField source="day" options={DAY_FORMAT} />
          </DataTable.Col>
          <DataTable.Col source="name" />
          <DataTable.Col source="kind" disableSort field={EnumField} />
          <DataTable.Col label={<ActionsHeader />} disableSort sx={actionsColumn}>
            <EditButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
