import { Card, CardContent, Typography } from '@mui/material';
import { DataTable, List, ReferenceField, ShowButton, Title, usePermissions, useTranslate } from 'react-admin';
import { MuscatDateField } from '../resources/shared/MuscatDateField';
import { DueDateField } from '../resources/deletion-tickets/DueDateField';
import { OPEN_TICKET_STATUSES } from '../domain/deletionWorkflow';
import { muscatDay } from '../domain/businessDays';
import { ActionsHeader } from '../resources/shared/ActionsHeader';

/** The legal advisor's queue: referrals awaiting review, oldest first. */
function LegalQueue() {
  return (
    <List resource="authority-referrals" filter={{ status: 'awaiting_legal_review' }} sort={{ field: 'created_at', order: 'ASC' }} perPage={25} disableSyncWithLocation actions={false} title={false} empty={<Nothing />}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="customer_id" disableSort>
          <ReferenceField source="customer_id" reference="customers" link="show" />
        </DataTable.Col>
        <DataTable.Col source="authority" />
        <DataTable.Col source="drafted_by" />
        <DataTable.Col source="created_at" field={MuscatDateField} />
        <DataTable.Col label={<ActionsHeader />} disableSort>
          <ShowButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

/** For the staff who run deletions: the open tickets past their due date, most overdue first. */
function OverdueTickets() {
  return (
    <List
      resource="deletion-tickets"
      filter={{ status: OPEN_TICKET_STATUSES, due_at_lte: muscatDay(new Date()) }}
      sort={{ field: 'due_at', order: 'ASC' }}
      perPage={25}
      disableSyncWithLocation
      actions={false}
      title={false}
      empty={<Nothing />}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="requester_name" />
        <DataTable.Col source="due_at">
          <DueDateField />
        </DataTable.Col>
        <DataTable.Col source="assignee" />
        <DataTable.Col label={<ActionsHeader />} disableSort>
          <ShowButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

function Nothing() {
  const translate = useTranslate();
  return <Typography sx={{ p: 2 }}>{translate('privacy.dashboard.nothing')}</Typography>;
}

export function Dashboard() {
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const legal = permissions === 'legal';
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="privacy.dashboard.title" />
      <CardContent>
        <Typography variant="h5" component="h2">
          {translate(legal ? 'privacy.dashboard.legal_queue' : 'privacy.dashboard.overdue_tickets')}
        </Typography>
        {legal ? <LegalQueue /> : <OverdueTickets />}
      </CardContent>
    </Card>
  );
}
