import { z } from 'zod';
import { SENSITIVE_CUSTOMER_FIELDS } from './masking';
import { requiredText } from './fields';

/**
 * A request to see one masked customer field. The reason is kept in the append-only audit log for
 * good: one line of text, no control characters (an ANSI escape would repaint whoever reads the log
 * in a terminal) and no card number.
 */
export const revealRequestSchema = z.object({
  field: z.enum(SENSITIVE_CUSTOMER_FIELDS, { error: `field must be one of ${SENSITIVE_CUSTOMER_FIELDS.join(', ')}` }),
  reason: z.string({ error: 'A reason is required' }).trim().min(5, 'Give a reason of at least 5 characters').max(500, 'At most 500 characters').pipe(requiredText(500)),
});

/** A child's data for the parent's review is shown unmasked: a reveal of every field, asking the same reason. */
export const childDataRequestSchema = revealRequestSchema.pick({ reason: true });
