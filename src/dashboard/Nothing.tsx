import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What a start-page list shows when nothing waits in it. */
export function Nothing() {
  const translate = useTranslate();
  return <Typography sx={{ p: 2 }}>{translate('privacy.dashboard.nothing')}</Typography>;
}
