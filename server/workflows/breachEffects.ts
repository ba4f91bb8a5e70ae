import { ApiError } from '../apiError';
import type { StepEffects } from './stepEffect';
import { NOBODY_AFFECTED } from '../../src/domain/breachMailing';

/** A breach's steps record what staff did; starting the mailing needs someone to mail (the job does the rest). */
export const breachEffects: StepEffects = {
  async email_affected({ tx, record }) {
    const [anyone] = await tx.query('SELECT 1 FROM breach_affected_customers WHERE incident_id = $1 LIMIT 1', [record.id]);
    if (!anyone) throw new ApiError(409, NOBODY_AFFECTED);
  },
};
