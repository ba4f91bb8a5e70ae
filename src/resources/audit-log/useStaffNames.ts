import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PrivacyDataProvider } from '../../providers/dataProvider';
import type { StaffName } from '../../domain/staff';

/** The names of the staff the audit log names, by account id (from GET /api/audit-log/staff-names: the legal advisor may not list staff accounts). */
export function useStaffNames(): ReadonlyMap<number, StaffName> {
  const dataProvider = useDataProvider<PrivacyDataProvider>();
  const { data } = useQuery({ queryKey: ['audit-log', 'staff-names'], queryFn: () => dataProvider.getStaffNames(), staleTime: 5 * 60_000 });
  return new Map((data ?? []).map((s) => [s.id, s]));
}
