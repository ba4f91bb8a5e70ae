import { DateInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { isMaskedValue } from '../../domain/masking';

interface Props {
  source: string;
  kind?: 'text' | 'date';
  multiline?: boolean;
  /** a field the record may not hold now (a child's before the parent consents) */
  disabled?: boolean;
  /** a translation key shown instead of the mask's hint, e.g. why the field is disabled */
  helperText?: string;
}

/**
 * A sensitive field in an edit form: it starts empty with the masked value as a hint. Left empty, the
 * stored value stays (the mask goes back and the server keeps what it has); typed in, it is a correction.
 */
export function MaskedInput({ source, kind = 'text', multiline, disabled, helperText }: Props) {
  const record = useRecordContext();
  const translate = useTranslate();
  const stored = record?.[source];
  const masked = isMaskedValue(stored);
  const props = {
    source,
    format: (v: unknown) => (isMaskedValue(v) ? '' : (v as string)),
    parse: (v: string) => (v === '' && masked ? stored : v),
    helperText: helperText ?? (masked ? translate('privacy.masked.keep', { value: stored }) : undefined),
    disabled,
  };
  return kind === 'date' ? <DateInput {...props} /> : <TextInput {...props} multiline={multiline} />;
}
