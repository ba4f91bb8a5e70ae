import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { DataTable, List, ReferenceField, ShowButton, Title, usePermissions, useTranslate } from 'react-admin';
import { MuscatDateField } from '../resources/shared/MuscatDateField';
import { DueDateField } from '../resources/deletion-tickets/DueDateField';
import { OPEN_TICKET_STATUSES } from '../domain/deletionWorkflow';
import { muscatDay } from '../domain/businessDays';
import { canAccess, isRole } from '../domain/roles';
import { ActionsHeader } from '../resources/shared/ActionsHeader';
import { BreachReviewQueue } from './BreachReviewQueue';
import { Nothing } from './Nothing';
import { OverdueBreaches } from './OverdueBreaches';

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

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ '& + &': { mt: 3 } }}>
      <Typography variant="h5" component="h2">
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
}

export function Dashboard() {
  const { permissions } = usePermissions();
  const role = isRole(permissions) ? permissions : null;
  const legal = role === 'legal';
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="privacy.dashboard.title" />
      <CardContent>
        <Section title={legal ? 'privacy.dashboard.legal_queue' : 'privacy.dashboard.overdue_tickets'}>{legal ? <LegalQueue /> : <OverdueTickets />}</Section>
        {legal && (
          <Section title="privacy.dashboard.breach_review_queue">
            <BreachReviewQueue />
          </Section>
        )}
        {/* support sees nothing of incidents: the panel follows the role matrix, as the API does */}
        {canAccess(role, 'list', 'breach-incidents') && (
          <Section title="privacy.dashboard.overdue_breaches">
            <OverdueBreaches />
          </Section>
        )}
      </CardContent>
    </Card>
  );
}
