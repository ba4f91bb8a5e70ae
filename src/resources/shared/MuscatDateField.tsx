import { Typography } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import { useMuscatTime } from './useMuscatTime';

interface Props {
  source: string;
  /** for the Show layouts and column headers, which read it from the props */
  label?: string;
  /** date and time (default: the Muscat day only) */
  showTime?: boolean;
  emptyText?: string;
}

/** A moment of a record, in Muscat time and labelled so, whatever the browser's zone (react-admin's DateField follows the browser). */
export function MuscatDateField({ source, showTime = false, emptyText = '—' }: Props) {
  const value = useFieldValue({ source });
  const time = useMuscatTime();
  const translate = useTranslate();
  if (value == null || value === '') return <Typography variant="body2" component="span">{translate(emptyText, { _: emptyText })}</Typography>;
  const iso = String(value);
  return (
    <Typography variant="body2" component="time" dateTime={iso} title={time.zoneTitle} sx={{ whiteSpace: 'nowrap' }}>
      {showTime ? time.dateTime(iso) : time.date(iso)}
    </Typography>
  );
}

/** A calendar day of a record (YYYY-MM-DD, no time): shown as that very day in every zone, with no zone label. */
export function CalendarDayField({ source, emptyText = '—', options }: Omit<Props, 'showTime'> & { options?: Intl.DateTimeFormatOptions }) {
  const value = useFieldValue({ source });
  const time = useMuscatTime();
  const translate = useTranslate();
  if (value == null || value === '') return <Typography variant="body2" component="span">{translate(emptyText, { _: emptyText })}</Typography>;
  return (
    <Typography variant="body2" component="time" dateTime={String(value)} sx={{ whiteSpace: 'nowrap' }}>
      {time.day(String(value), options)}
    </Typography>
  );
}
