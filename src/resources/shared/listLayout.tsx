import { Children, type ReactNode } from 'react';
import { Box, useMediaQuery, type SxProps, type Theme } from '@mui/material';

/** A phone (under 600 px): lists become react-admin's SimpleList, one record per line. */
export const useIsPhone = () => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });

/**
 * Whether a list has room for its secondary columns: from 1536 px on. A 1366 px laptop, sidebar
 * open, keeps to the columns staff need to pick a row, so Export and the row buttons stay in view.
 */
export const useHasRoomForAllColumns = () => !useMediaQuery((theme: Theme) => theme.breakpoints.down('xl'), { noSsr: true });

/** A person's name: two lines at most in a crowded row, never one word a line. */
export const nameColumn: SxProps<Theme> = { minWidth: '10rem' };

/** Short values that read wrong when broken (a masked phone, a date, a state). */
export const noWrap: SxProps<Theme> = { whiteSpace: 'nowrap' };

/** A column that gives up width to its neighbours and breaks a long value anywhere (an e-mail address). */
export const yieldingColumn: SxProps<Theme> = { maxWidth: '16rem', overflowWrap: 'anywhere' };

/** The row buttons: as wide as they are, side by side. */
export const actionsColumn: SxProps<Theme> = { whiteSpace: 'nowrap', width: '1%' };

/** Values on one line of a SimpleList item, separated by a dot; empty ones are left out by the fields themselves. */
export function ListLine({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', columnGap: 1, alignItems: 'baseline', '& > :not(:first-of-type)::before': { content: '"·"', mr: 1 } }}>
      {Children.toArray(children).filter(Boolean)}
    </Box>
  );
}
