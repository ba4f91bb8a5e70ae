import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';

// Hidden from sight but read by screen readers, so the row buttons' column has a header (axe: empty-table-header).
const visuallyHidden = { position: 'absolute', top: 0, left: 0, width: 1, height: 1, margin: '-1px', padding: 0, border: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** The header of a table's row-buttons column: "Actions" for screen readers, nothing on screen. */
export function ActionsHeader() {
  const translate = useTranslate();
  return (
    <Box component="span" sx={visuallyHidden}>
      {translate('privacy.layout.actions')}
    </Box>
  );
}
