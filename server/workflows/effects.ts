import type { WorkflowName } from '../../src/domain/workflow';
import type { StepEffects } from './stepEffect';
import { consentEffects } from './consentEffects';
import { deletionEffects } from './deletionEffects';
import { referralEffects } from './referralEffects';
import { breachEffects } from './breachEffects';
import { accessEffects } from './accessEffects';
import { correctionEffects } from './correctionEffects';

export interface EffectOptions {
  /** where the parent's link points */
  publicUrl: string;
}

/** Each workflow's side effects, keyed by the workflow itself: a new workflow without an entry does not compile. */
export function workflowEffects(options: EffectOptions): Record<WorkflowName, StepEffects> {
  return { consent: consentEffects(options), deletion: deletionEffects, referral: referralEffects, breach: breachEffects, access: accessEffects(options), correction: correctionEffects };
}
