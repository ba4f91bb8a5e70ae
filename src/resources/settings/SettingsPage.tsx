import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, CardContent } from '@mui/material';
import { Loading, NumberInput, ResourceContextProvider, TextInput, SaveButton, SimpleForm, Title, Toolbar, useCanAccess, useDataProvider, useNotify } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import type { PrivacyDataProvider } from '../../providers/dataProvider';
import { SETTINGS_LIMITS, settingsUpdateSchema, type SettingsRecord, type SettingsUpdate } from '../../domain/settings';
import { formResolver } from '../shared/zodResolver';

const SETTINGS_QUERY = ['privacy-settings'];
const FIELDS = ['consent_window_days', 'deletion_period_days', 'child_age'] as const;
// what the parent's consent notice names (server/workflows/consentNotice.ts)
const NOTICE_FIELDS = ['privacy_policy_url', 'notice_recipients', 'notice_uses'] as const;

// Only what the schema accepts: updated_at is the server's.
const formValues = (s: SettingsRecord): SettingsUpdate => ({
  consent_window_days: s.consent_window_days,
  deletion_period_days: s.deletion_period_days,
  child_age: s.child_age,
  privacy_policy_url: s.privacy_policy_url ?? '',
  notice_recipients: s.notice_recipients ?? '',
  notice_uses: s.notice_uses ?? '',
  version: s.version,
});

/**
 * The privacy settings: read by every role, changed by admins. Saved pessimistically: success shows
 * once the server has committed; a refusal shows the server's own message.
 */
export function SettingsPage() {
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'settings' });
  const { data, error, isPending } = useQuery({ queryKey: SETTINGS_QUERY, queryFn: () => dataProvider.getSettings() });
  // A new record object resets the form: only when the stored settings change, never while typing.
  const record = useMemo(() => (data ? formValues(data) : undefined), [data]);

  async function save(values: FieldValues) {
    try {
      const saved = await dataProvider.updateSettings(formValues(values as SettingsRecord));
      queryClient.setQueryData(SETTINGS_QUERY, saved);
      notify('privacy.settings.saved', { type: 'success' });
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
      // the server's per-field messages, shown under the inputs
      return (err as { body?: { errors?: Record<string, string> } }).body?.errors;
    }
  }

  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (isPending || !record) return <Loading />;
  return (
    <ResourceContextProvider value="settings">
      <Title title="privacy.settings.title" />
      <Card>
        <CardContent>
          <SimpleForm
            record={record}
            onSubmit={save}
            noValidate
            resolver={formResolver(settingsUpdateSchema)}
            toolbar={canEdit ? <Toolbar><SaveButton /></Toolbar> : false}
          >
            {FIELDS.map((field) => (
              <NumberInput
                key={field}
                source={field}
                step={1}
                min={SETTINGS_LIMITS[field].min}
                max={SETTINGS_LIMITS[field].max}
                helperText={`resources.settings.hints.${field}`}
                disabled={!canEdit}
                isRequired
              />
            ))}
            {NOTICE_FIELDS.map((field) => (
              <TextInput
                key={field}
                source={field}
                type={field === 'privacy_policy_url' ? 'url' : 'text'}
                multiline={field !== 'privacy_policy_url'}
                helperText={`resources.settings.hints.${field}`}
                disabled={!canEdit}
                isRequired={field === 'notice_uses'}
                fullWidth
              />
            ))}
          </SimpleForm>
        </CardContent>
      </Card>
    </ResourceContextProvider>
  );
}
