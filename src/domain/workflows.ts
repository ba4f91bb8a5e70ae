import { consentWorkflow } from './consentWorkflow';
import { deletionWorkflow } from './deletionWorkflow';
import { referralWorkflow } from './referralWorkflow';
import type { Workflow } from './workflow';

export const WORKFLOWS: readonly Workflow[] = [consentWorkflow, deletionWorkflow, referralWorkflow];

export function findWorkflow(resource: string): Workflow | undefined {
  return WORKFLOWS.find((w) => w.resource.name === resource);
}
