import { useState } from 'react';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useDataProvider, useNotify, useTranslate, type Identifier } from 'react-admin';
import { CUSTOMER_STATUS } from '../../domain/customers';
import type { AffectedPreview } from '../../domain/breachAffected';
import type { AffectedChoice, PrivacyDataProvider } from '../../providers/dataProvider';

interface Props {
  incidentId: Identifier;
  open: boolean;
  onClose: () => void;
  onWidened: () => void;
}

/** Picks customers by the customer list's search and status, or all of them, shows the count, and adds them once confirmed. */
export function WidenAffectedDialog({ incidentId, open, onClose, onWidened }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const [all, setAll] = useState(false);
  // the count belongs to the choice it was made for: any change asks for a new one
  const [preview, setPreview] = useState<AffectedPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choice: AffectedChoice = all ? { all: true } : { filter: { ...(search.trim() && { q: search.trim() }), ...(status && { status }) } };
  const changed = (apply: () => void) => {
    apply();
    setPreview(null);
    setProblem(null);
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      setPreview(null);
      setProblem((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const count = () => run(async () => setPreview(await dataProvider.previewAffected(incidentId, choice)));
  const confirm = () =>
    run(async () => {
      const { added, total } = await dataProvider.widenAffected(incidentId, choice, preview!.wouldAdd);
      notify('privacy.breach.affected.widened', { type: 'success', messageArgs: { added, total } });
      onWidened();
      onClose();
    });

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="widen-affected-title" fullWidth maxWidth="sm">
      <DialogTitle id="widen-affected-title">{translate('privacy.breach.affected.widen')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <FormControlLabel control={<Checkbox checked={all} onChange={(e) => changed(() => setAll(e.target.checked))} />} label={translate('privacy.breach.affected.all')} />
          <TextField label={translate('privacy.breach.affected.search')} value={search} disabled={all} onChange={(e) => changed(() => setSearch(e.target.value))} />
          <TextField select label={translate('privacy.breach.affected.status')} value={status} disabled={all} onChange={(e) => changed(() => setStatus(e.target.value))}>
            <MenuItem value="">{translate('privacy.breach.affected.any_status')}</MenuItem>
            {CUSTOMER_STATUS.values.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(CUSTOMER_STATUS.labelKey(value))}
              </MenuItem>
            ))}
          </TextField>
          {problem && <Alert severity="error">{problem}</Alert>}
          {preview && <Alert severity="info">{translate('privacy.breach.affected.would_add', { wouldAdd: preview.wouldAdd, already: preview.alreadyAffected })}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button onClick={count} disabled={busy}>
          {translate('privacy.breach.affected.count')}
        </Button>
        <Button variant="contained" onClick={confirm} disabled={busy || !preview || preview.wouldAdd === 0}>
          {translate('ra.action.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
