import type { Theme } from '@mui/material';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

// react-admin's themes with colours that reach WCAG AA: its app bar blue (#2196f3) gives white text
// 3.1:1; #1565c0 gives 5.8:1, and as the primary colour it keeps links in tables above 4.5:1 too.
const STORE_BLUE = { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#ffffff' };

// A focused button or row action shows a clear ring, not only MUI's faint ripple; a progress
// indicator has a name for screen readers.
const sharedComponents = {
  MuiButtonBase: {
    styleOverrides: {
      root: { '&.Mui-focusVisible': { outline: '2px solid currentColor', outlineOffset: '2px' } },
    },
  },
  MuiCircularProgress: { defaultProps: { 'aria-label': 'Loading' } },
  MuiLinearProgress: { defaultProps: { 'aria-label': 'Loading' } },
  // Headings below the page's title (the app bar's h1) are h2 whatever their size, so no level is skipped.
  MuiTypography: {
    defaultProps: {
      variantMapping: { h1: 'h2', h2: 'h2', h3: 'h2', h4: 'h2', h5: 'h2', h6: 'h2', subtitle1: 'p', subtitle2: 'p', body1: 'p', body2: 'p', inherit: 'p' },
    },
  },
  // Settings read by those who may not change them: the explanation under a disabled field stays readable.
  MuiFormHelperText: { styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ '&.Mui-disabled': { color: theme.palette.text.secondary } }) } },
  // An empty list's "No … yet" in readable grey rather than the disabled tone (2.7:1).
  RaEmpty: { styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ '& .RaEmpty-message': { color: theme.palette.text.secondary } }) } },
};

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  // red text stays above 4.5:1 on the grey form toolbar (#e0e0e0) too
  palette: { ...defaultLightTheme.palette, primary: STORE_BLUE, secondary: STORE_BLUE, error: { main: '#b71c1c' }, warning: { main: '#8a4b00' } },
  components: { ...defaultLightTheme.components, ...sharedComponents },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  // light tones on the dark background, with dark text on filled chips and buttons
  palette: {
    ...defaultDarkTheme.palette,
    primary: { main: '#90caf9' },
    secondary: { main: '#90caf9' },
    error: { main: '#ef9a9a' },
    warning: { main: '#ffcc80' },
  },
  components: { ...defaultDarkTheme.components, ...sharedComponents },
};
