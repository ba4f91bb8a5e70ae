import { DateInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { isMaskedValue } from '../../domain/masking';

interface Props {
  source: string;
  kind?: 'text' | 'date';
  multiline?: boolean;
}

/**
 * A sensitive field in an edit form: it starts empty with the masked value as a hint. Left empty, the
 * stored value stays (the mask goes back and the server keeps what it has); typed in, it is a correction.
 */
export function MaskedInput({ source, kind = 'text', multiline }: Props) {
  const record = useRecordContext();
  const translate = useTranslate();
  const stored = record?.[source];
  const masked = isMaskedValue(stored);
  const props = {
    source,
    format: (v: unknown) => (isMaskedValue(v) ? '' : (v as string)),
    parse: (v: string) => (v === '' && masked ? stored : v),
    helperText: masked ? translate('privacy.masked.keep', { value: stored }) : undefined,
  };
  return kind === 'date' ? <DateInput {...props} /> : <TextInput {...props} multiline={multiline} />;
}
