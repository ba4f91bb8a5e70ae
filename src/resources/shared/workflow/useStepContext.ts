import { useGetList, type RaRecord } from 'react-admin';
import type { StepContext, Workflow } from '../../../domain/workflow';

/**
 * The facts beyond the record that the workflow's steps may be held up by (the customer's authority
 * referrals, for a legal hold), read from the API only when one of its steps has such an obstacle.
 * Same query as the legal-hold notice, so the two share one request.
 */
export function useStepContext(workflow: Workflow, record: RaRecord | undefined): StepContext {
  const hasObstacles = Object.values(workflow.steps).some((step) => step.obstacle);
  const customerId = record?.customer_id;
  const { data } = useGetList(
    'authority-referrals',
    { filter: { customer_id: customerId }, pagination: { page: 1, perPage: 50 } },
    { enabled: hasObstacles && customerId != null },
  );
  return { customerReferrals: data ?? [] };
}
