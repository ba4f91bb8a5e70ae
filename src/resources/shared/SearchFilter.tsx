import { SearchInput, useTranslate } from 'react-admin';

/** The list search box, named for screen readers (react-admin's shows only a placeholder). */
export function SearchFilter({ source = 'q' }: { source?: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  return <SearchInput source={source} slotProps={{ htmlInput: { 'aria-label': translate('ra.action.search') } }} />;
}
