import TuneIcon from '@mui/icons-material/Tune';
import { Button, Link } from 'react-admin';
import { SETTINGS_PATH } from './paths';

/** From the holiday calendar to the other numbers deadlines are counted with. */
export function SettingsLink() {
  return (
    <Button component={Link} to={SETTINGS_PATH} label="privacy.settings.title">
      <TuneIcon />
    </Button>
  );
}
