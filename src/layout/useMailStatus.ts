import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PrivacyDataProvider } from '../providers/dataProvider';

export const MAIL_STATUS_QUERY = ['mail-status'] as const;

/** Whether mail leaves the desk; refreshed every minute so a fixed configuration clears the warning. */
export function useMailStatus(enabled = true) {
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  return useQuery({ queryKey: MAIL_STATUS_QUERY, queryFn: () => dataProvider.getMailStatus(), enabled, staleTime: 60_000, refetchInterval: 60_000 });
}
