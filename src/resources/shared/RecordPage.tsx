import type { ReactNode } from 'react';
import { Box, Grid, Paper, Stack, Typography } from '@mui/material';
import { SimpleShowLayout, useTranslate } from 'react-admin';

/**
 * The top of a record page, as the react-admin demo opens an order: where the record stands (its
 * state, its due date) in a row, then what can be done next (notices, the workflow's steps).
 */
export function RecordSummary({ facts, children }: { facts: ReactNode; children?: ReactNode; label?: false }) {
  const translate = useTranslate();
  return (
    <Box component="section" aria-label={translate('privacy.record.summary')} sx={{ px: 2, pt: 2 }}>
      <SimpleShowLayout direction="row" spacing={4} useFlexGap flexWrap="wrap" sx={{ p: 0 }}>
        {facts}
      </SimpleShowLayout>
      {children && <Stack spacing={1} sx={{ mt: 1 }}>{children}</Stack>}
    </Box>
  );
}

/** The record's fields in titled groups: side by side on a wide screen, one under the other on a phone. */
export function RecordSections({ children }: { children: ReactNode; label?: false }) {
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      {children}
    </Grid>
  );
}

/** One group of fields (who, contact, the request, dates), each field labelled by react-admin. */
export function RecordSection({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  const id = `section-${title.replace(/\W+/g, '-')}`;
  return (
    <Grid size={{ xs: 12, md: 6 }}>
      <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2, height: '100%' }}>
        <Typography id={id} variant="subtitle1" component="h2" fontWeight="bold">
          {translate(title)}
        </Typography>
        <SimpleShowLayout sx={{ p: 0, pt: 1 }}>{children}</SimpleShowLayout>
      </Paper>
    </Grid>
  );
}

/** The history, under the groups. */
export function RecordHistory({ children }: { children: ReactNode }) {
  return <Box sx={{ px: 2, pb: 2 }}>{children}</Box>;
}
