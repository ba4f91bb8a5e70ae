import { z } from 'zod';
import type { ResourceDefinition } from './resourceDefinition';
import { CUSTOMER_MASKS, maskingFor } from './masking';
import { PARENT_FIELDS, parentContactFields } from './childRegistration';
import { ERASED_CUSTOMER } from './apiMessages';
import { email, optionalPastDate, optionalPhone, optionalText, requiredText, version } from './fields';
import { defineEnum } from './enums';

export const ID_TYPE = defineEnum('id_type', ['national_id', 'residence_card']);
export const ID_TYPES = ID_TYPE.values;
export type IdType = (typeof ID_TYPES)[number];

/** `erased` is the tombstone a completed deletion leaves: the row stays so counts and references hold. */
export const CUSTOMER_STATUS = defineEnum('customer_status', ['active', 'erased']);
export const CUSTOMER_STATUSES = CUSTOMER_STATUS.values;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** The fields an erasure empties: what is left is the tombstone. */
export const CUSTOMER_PERSONAL_FIELDS = ['full_name', 'username', 'email', 'phone', 'birth_date', 'id_type', 'id_number', 'address', 'school'] as const;

/** Personal fields are null on an erased customer's tombstone. */
export interface Customer {
  id: number;
  full_name: string | null;
  username: string | null;
  email: string | null;
  phone: string | null;
  birth_date: string | null;
  id_type: IdType | null;
  id_number: string | null;
  address: string | null;
  school: string | null;
  newsletter: boolean;
  recovery_question_set: boolean;
  status: CustomerStatus;
  created_at: string;
  updated_at: string;
  version: number;
}

const customerFields = {
  full_name: requiredText(200),
  username: z
    .string({ error: 'Required' })
    .trim()
    .regex(/^[A-Za-z0-9._-]{3,40}$/, 'Username: 3–40 letters, digits, dots, dashes or underscores'),
  email,
  phone: optionalPhone,
  birth_date: optionalPastDate,
  id_type: z.preprocess((v) => (v === '' ? null : v), z.enum(ID_TYPES).nullable()).optional(),
  id_number: z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().regex(/^[0-9A-Za-z]{6,12}$/, 'ID number: 6–12 letters or digits').nullable())
    .optional(),
  // several lines, as postal addresses are written and the form's field is
  address: optionalText(500, 'multi-line'),
  school: optionalText(200),
  newsletter: z.boolean().default(false),
};

const idNumberNeedsType = (c: { id_number?: string | null; id_type?: string | null }) => !c.id_number || !!c.id_type;
const ID_TYPE_REQUIRED = { message: 'Say whether the number is a national ID or a residence card', path: ['id_type'] };

export const customerCreateSchema = z.object({ ...customerFields, ...parentContactFields }).refine(idNumberNeedsType, ID_TYPE_REQUIRED);
export const customerUpdateSchema = z.object({ ...customerFields, version }).refine(idNumberNeedsType, ID_TYPE_REQUIRED);

export const customers: ResourceDefinition = {
  name: 'customers',
  table: 'customers',
  fields: ['id', 'full_name', 'username', 'email', 'phone', 'birth_date', 'id_type', 'id_number', 'address', 'school', 'newsletter', 'recovery_question_set', 'status', 'created_at', 'updated_at', 'version'],
  // No sorting or range filter on birth dates: either would let a role that may not reveal them infer them.
  sortable: ['id', 'full_name', 'username', 'email', 'created_at', 'updated_at'],
  searchable: ['full_name', 'email', 'username'],
  filters: {
    id: { kind: 'id' },
    status: { kind: 'enum', enum: CUSTOMER_STATUS },
    id_type: { kind: 'enum', enum: ID_TYPE },
    newsletter: { kind: 'boolean' },
  },
  dateRanges: { created_at: 'timestamp' },
  ...maskingFor(CUSTOMER_MASKS),
  writeOnlyFields: PARENT_FIELDS,
  createSchema: customerCreateSchema,
  updateSchema: customerUpdateSchema,
  createDefaults: { status: 'active', recovery_question_set: false },
  // An erased record stays erased: personal data typed into a tombstone would be held under a status that says it is gone.
  updateRefusal: (r) => (r.status === 'erased' ? ERASED_CUSTOMER : null),
  deleteRefusal: () => 'Customers are never deleted directly: open a deletion ticket, which erases their data and keeps a tombstone.',
};
