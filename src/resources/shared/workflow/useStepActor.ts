import { useGetIdentity } from 'react-admin';
import { isRole } from '../../../domain/roles';
import type { StepActor } from '../../../domain/workflow';

/** The signed-in member of staff as a workflow sees them: their role (from the server) and username. */
export function useStepActor(): StepActor | null {
  const { identity } = useGetIdentity();
  if (!identity || !isRole(identity.role)) return null;
  return { kind: identity.role, username: String(identity.username) };
}
