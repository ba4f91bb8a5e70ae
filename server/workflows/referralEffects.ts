import { ApiError } from '../apiError';
import { freezeDisclosurePackage, type DisclosureDetails } from './disclosurePackage';
import { DISCLOSABLE_FIELDS } from '../../src/domain/authorityReferrals';
import type { StepEffects } from './stepEffect';

/** Recording the disclosure freezes what left; nothing but the approved fields is ever included. */
export const referralEffects: StepEffects = {
  async record_disclosure({ tx, record, input, now }) {
    const approved = ((record.approved_fields as string[] | null) ?? []).filter((f) => (DISCLOSABLE_FIELDS as readonly string[]).includes(f));
    if (!approved.length) throw new ApiError(409, 'The referral has no approved fields to disclose');
    const [customer] = await tx.query(`SELECT ${approved.map((f) => `"${f}"`).join(', ')} FROM customers WHERE id = $1`, [record.customer_id]);
    if (!customer) throw new ApiError(409, 'The customer of this referral no longer exists');
    return freezeDisclosurePackage({ ...record, approved_fields: approved }, customer, input as unknown as DisclosureDetails, now);
  },
};
