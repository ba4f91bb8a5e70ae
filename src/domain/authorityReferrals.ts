import { z } from 'zod';
import type { ResourceDefinition } from './resourceDefinition';
import { id, requiredText, version } from './fields';
import { referralEditRefusal } from './referralEdit';
import { defineEnum } from './enums';

export const REFERRAL_STATUS = defineEnum('referral_status', ['draft', 'awaiting_legal_review', 'approved', 'changes_requested', 'rejected', 'disclosed', 'closed']);
export const REFERRAL_STATUSES = REFERRAL_STATUS.values;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_ACTIVITY = defineEnum('referral_activity', ['fraud', 'payment_abuse', 'harassment', 'prohibited_goods', 'other']);
export const REFERRAL_ACTIVITIES = REFERRAL_ACTIVITY.values;
export type ReferralActivity = (typeof REFERRAL_ACTIVITIES)[number];

/** The customer fields a referral may propose to disclose to an authority. */
export const DISCLOSABLE_FIELD = defineEnum('disclosable_field', ['full_name', 'username', 'email', 'phone', 'birth_date', 'id_type', 'id_number', 'address']);
export const DISCLOSABLE_FIELDS = DISCLOSABLE_FIELD.values;
export type DisclosableField = (typeof DISCLOSABLE_FIELDS)[number];

export interface AuthorityReferral {
  id: number;
  customer_id: number;
  activity: ReferralActivity;
  description: string;
  evidence: string;
  authority: string;
  proposed_fields: DisclosableField[];
  status: ReferralStatus;
  legal_opinion: string | null;
  approved_fields: DisclosableField[] | null;
  drafted_by: string | null;
  decided_at: string | null;
  disclosed_on: string | null;
  disclosure_channel: string | null;
  authority_reference: string | null;
  /** SHA-256 of the frozen disclosure package, set when the disclosure is recorded */
  disclosure_sha256: string | null;
  hold_released_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

const referralFields = {
  customer_id: id,
  activity: z.enum(REFERRAL_ACTIVITIES, { error: 'Choose the kind of activity' }),
  description: requiredText(4000, 'multi-line'),
  evidence: requiredText(4000, 'multi-line'),
  authority: requiredText(200),
  proposed_fields: z
    .array(z.enum(DISCLOSABLE_FIELDS, { error: 'Not a customer field that can be disclosed' }), { error: 'Choose the fields to disclose' })
    .min(1, 'Propose at least one field to disclose')
    .refine((f) => new Set(f).size === f.length, 'Each field once'),
};

export const authorityReferralCreateSchema = z.object(referralFields);
export const authorityReferralUpdateSchema = z.object({ ...referralFields, version });

// Only a draft never seen by the legal advisor can be thrown away; anything later is evidence.
export const authorityReferrals: ResourceDefinition = {
  name: 'authority-referrals',
  table: 'authority_referrals',
  fields: ['id', 'customer_id', 'activity', 'description', 'evidence', 'authority', 'proposed_fields', 'status', 'legal_opinion', 'approved_fields', 'drafted_by', 'decided_at', 'disclosed_on', 'disclosure_channel', 'authority_reference', 'disclosure_sha256', 'hold_released_at', 'created_at', 'updated_at', 'version'],
  sortable: ['id', 'activity', 'authority', 'status', 'created_at', 'updated_at'],
  searchable: ['description', 'authority'],
  filters: {
    id: { kind: 'id' },
    customer_id: { kind: 'id' },
    status: { kind: 'enum', enum: REFERRAL_STATUS },
    activity: { kind: 'enum', enum: REFERRAL_ACTIVITY },
  },
  dateRanges: { created_at: 'timestamp' },
  createSchema: authorityReferralCreateSchema,
  updateSchema: authorityReferralUpdateSchema,
  createDefaults: { status: 'draft' },
  updateRefusal: referralEditRefusal,
  deleteRefusal: (r) => (r.status === 'draft' ? null : 'Only a draft referral can be deleted; a submitted one is kept as evidence.'),
};
