import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * The new key, shown this once: the server keeps only its hash. The dialog stays until the admin says
 * the key is copied; a read-only, pre-selected field works with any clipboard and any screen reader.
 */
export function NewKeyDialog({ serviceKey, onDone }: { serviceKey: string | null; onDone: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open={serviceKey !== null} aria-labelledby="new-key-title" aria-describedby="new-key-once" maxWidth="sm" fullWidth>
      <DialogTitle id="new-key-title">{translate('privacy.service_keys.key_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" id="new-key-once" sx={{ mb: 2 }}>
          {translate('privacy.service_keys.key_once')}
        </Alert>
        <TextField
          fullWidth
          label={translate('privacy.service_keys.key_label')}
          value={serviceKey ?? ''}
          helperText={translate('privacy.service_keys.key_usage')}
          slotProps={{ htmlInput: { readOnly: true, dir: 'ltr', spellCheck: false, onFocus: (e: React.FocusEvent<HTMLInputElement>) => e.target.select() } }}
          autoFocus
        />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onDone}>
          {translate('privacy.service_keys.copied_done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
