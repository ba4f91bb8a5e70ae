import { consentWorkflow } from './consentWorkflow';
import { deletionWorkflow } from './deletionWorkflow';
import { referralWorkflow } from './referralWorkflow';
import { breachWorkflow } from './breachWorkflow';
import { accessWorkflow } from './accessWorkflow';
import { correctionWorkflow } from './correctionWorkflow';
import type { Workflow } from './workflow';

export const WORKFLOWS: readonly Workflow[] = [consentWorkflow, deletionWorkflow, referralWorkflow, breachWorkflow, accessWorkflow, correctionWorkflow];

export function findWorkflow(resource: string): Workflow | undefined {
  return WORKFLOWS.find((w) => w.resource.name === resource);
}
